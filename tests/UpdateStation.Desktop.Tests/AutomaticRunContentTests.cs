namespace UpdateStation.Desktop.Tests;

public sealed class AutomaticRunContentTests
{
    private static readonly DateTimeOffset s_at = new(new DateTime(2026, 12, 5, 2, 14, 9, DateTimeKind.Local));

    /// <summary>How many, whether all were security updates (unknown in an older log: plain updates), and the restart.</summary>
    public static TheoryData<int, int?, bool, string, string> Texts => new()
    {
        // installed, security, restart, summary, body
        { 12, 12, false, "12 security updates were installed automatically at 02:14", "" },
        { 1, 1, true, "1 security update was installed automatically at 02:14", "Restart the computer to finish" },
        { 3, 1, false, "3 updates were installed automatically at 02:14", "" },
        { 1, 0, true, "1 update was installed automatically at 02:14", "Restart the computer to finish" },
        { 3, null, false, "3 updates were installed automatically at 02:14", "" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void For_ADoneRun_SaysHowManyAndWhen(int installed, int? security, bool restart, string summary, string body)
    {
        // Act
        var content = AutomaticRunContent.For(new AutomaticRunReport(s_at, installed, security, restart, null, "/var/log/update-station.log"), markup: false);

        // Assert
        Assert.Equal((summary, body), (content.Summary, content.Body));
    }

    [Fact]
    public void For_AFailedRun_SaysWhyAndNamesTheLog()
    {
        // Act
        var content = AutomaticRunContent.For(new AutomaticRunReport(s_at, 0, null, false, "apt-get exited with 100", "/var/log/update-station.log"), markup: false);

        // Assert
        Assert.Equal(
            ("Automatic updates failed at 02:14", "apt-get exited with 100 (see the log /var/log/update-station.log)"),
            (content.Summary, content.Body));
    }

    [Fact]
    public void For_AFailureWithMarkup_IsEscapedWhenTheServerReadsMarkup()
    {
        // Act
        var content = AutomaticRunContent.For(new AutomaticRunReport(s_at, 0, null, false, "<b>bad</b> & worse", "/l"), markup: true);

        // Assert
        Assert.Equal("&lt;b&gt;bad&lt;/b&gt; &amp; worse (see the log /l)", content.Body);
    }
}
