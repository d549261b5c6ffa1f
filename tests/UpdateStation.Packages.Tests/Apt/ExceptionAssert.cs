namespace UpdateStation.Packages.Tests.Apt;

internal static class ExceptionAssert
{
    /// <summary>The message is what a person reads: one line, no stack trace, ending in a period.</summary>
    public static void IsOneClearLine(Exception? exception)
    {
        var message = Assert.IsAssignableFrom<Exception>(exception).Message;
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
    }
}
