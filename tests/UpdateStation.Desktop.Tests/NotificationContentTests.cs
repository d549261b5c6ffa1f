namespace UpdateStation.Desktop.Tests;

public sealed class NotificationContentTests
{
    [Fact]
    public void For_NamesSecurityUpdatesFirst()
    {
        var content = NotificationContent.For(Plans.Of("vim 9.1, openssl 3.0.15!, curl 8.5"), markup: false);

        Assert.Equal("3 updates available", content.Summary);
        Assert.Equal("Security update: openssl 3.0.15\nAlso: vim 9.1, curl 8.5", content.Body);
        Assert.True(content.Urgent);
    }

    [Fact]
    public void For_ManyUpdates_NamesAFewAndCountsTheRest()
    {
        var content = NotificationContent.For(Plans.Of("a 1, b 1, c 1, d 1, e 1, f 1, g 1"), markup: false);

        Assert.Equal("a 1, b 1, c 1, d 1, e 1 and 2 more", content.Body);
        Assert.False(content.Urgent);
    }

    [Fact]
    public void For_MarkupServer_EscapesPackageText()
    {
        var content = NotificationContent.For(Plans.Of("<b>evil</b>&co 1.0'"), markup: true);

        Assert.Equal("&lt;b&gt;evil&lt;/b&gt;&amp;co 1.0&apos;", content.Body);
        Assert.Equal("1 update available", content.Summary);
    }

    [Fact]
    public void For_PlainServer_LeavesPackageTextAsItIs()
    {
        var content = NotificationContent.For(Plans.Of("a&b 1<2"), markup: false);

        Assert.Equal("a&b 1<2", content.Body);
    }
}
