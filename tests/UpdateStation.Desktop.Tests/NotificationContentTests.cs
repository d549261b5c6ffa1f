namespace UpdateStation.Desktop.Tests;

public sealed class NotificationContentTests
{
    /// <summary>The summary says how many, and how many of them are security updates; removals are never counted.</summary>
    public static TheoryData<string, string, string> Texts => new()
    {
        // plan, summary, body
        { "vim 9.1", "1 update available", "vim 9.1" },
        { "vim 9.1, curl 8.5", "2 updates available", "vim 9.1, curl 8.5" },
        { "openssl 3.0.15!", "1 security update available", "Security update: openssl 3.0.15" },
        { "openssl 3.0.15!, libssl3 3.0.15!", "2 security updates available", "Security updates: openssl 3.0.15, libssl3 3.0.15" },
        { "vim 9.1, openssl 3.0.15!, curl 8.5", "3 updates available, including 1 security update", "Security update: openssl 3.0.15\nOther updates: vim 9.1, curl 8.5" },
        { "vim 9.1, a 1!, b 1!, curl 8.5", "4 updates available, including 2 security updates", "Security updates: a 1, b 1\nOther updates: vim 9.1, curl 8.5" },
        { "vim 9.1, -legacy-codec", "1 update available", "vim 9.1\nAlso removes: legacy-codec" },
        { "openssl 3.0.15!, -legacy-codec, -old-lib", "1 security update available", "Security update: openssl 3.0.15\nAlso removes: legacy-codec, old-lib" },
        { "vim 9.1, -a, -b, -c, -d, -e", "1 update available", "vim 9.1\nAlso removes: a, b, c and 2 more" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void For_CountsUpdatesAndSecurityAndNamesRemovalsApart(string plan, string summary, string body)
    {
        var content = NotificationContent.For(Plans.Of(plan), markup: false);

        Assert.Equal((summary, body), (content.Summary, content.Body));
    }

    [Fact]
    public void For_ManyUpdates_NamesAFewAndCountsTheRest()
    {
        var content = NotificationContent.For(Plans.Of("a 1, b 1, c 1, d 1, e 1, f 1, g 1"), markup: false);

        Assert.Equal("a 1, b 1, c 1, d 1, e 1 and 2 more", content.Body);
        Assert.Equal("7 updates available", content.Summary);
    }

    [Fact]
    public void For_MarkupServer_EscapesPackageText()
    {
        var content = NotificationContent.For(Plans.Of("<b>evil</b>&co 1.0', -<i>gone</i>"), markup: true);

        Assert.Equal("&lt;b&gt;evil&lt;/b&gt;&amp;co 1.0&apos;\nAlso removes: &lt;i&gt;gone&lt;/i&gt;", content.Body);
        Assert.Equal("1 update available", content.Summary);
    }

    [Fact]
    public void For_PlainServer_LeavesPackageTextAsItIs()
    {
        var content = NotificationContent.For(Plans.Of("a&b 1<2"), markup: false);

        Assert.Equal("a&b 1<2", content.Body);
    }
}
