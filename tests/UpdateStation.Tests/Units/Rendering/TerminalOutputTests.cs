using FsCheck.Xunit;
using UpdateStation.Packages.Model;
using UpdateStation.Rendering;

namespace UpdateStation.Tests.Units.Rendering;

/// <summary>What reaches a terminal, a pipe or a log: escaped text, progress lines, the refresh notice, colour or not.</summary>
public sealed class TerminalOutputTests
{
    /// <remarks>Each kind's escape is DisplayText's own table (UpdateStation.Packages.Tests); here, that nothing is left over.</remarks>
    [Property(MaxTest = 500)]
    public bool Escape_LeavesNoControlOrBidiCharacter_AndKeepsPlainTextAsItIs(string text)
    {
        text ??= "";
        var escaped = TerminalText.Escape(text);
        bool plain = !text.Any(Dangerous);
        return !escaped.Any(Dangerous) && (!plain || ReferenceEquals(escaped, text));
    }

    [Fact]
    public void ProgressLines_OneLinePerEvent_PercentPackageAndEscapedMessage()
    {
        using var output = new StringWriter { NewLine = "\n" };
        var lines = new ProgressLines(output);

        lines.Report(new UpgradeProgress(UpgradeStep.Upgrade, "curl", 50, "[1/2] Upgrading curl..."));
        lines.Report(new UpgradeProgress(UpgradeStep.WaitingForLock, null, null, "Waiting for apt's lock\u001b[2J"));
        lines.Report(new UpgradeProgress(UpgradeStep.Install, "evil\u001b]0;x\u0007", 100, "done"));

        Assert.Equal(
            " 50% upgrade curl: [1/2] Upgrading curl...\n" +
            "     waiting: Waiting for apt's lock\\e[2J\n" +
            "100% install evil\\e]0;x\\x07: done\n",
            output.ToString());
    }

    [Fact]
    public void RefreshNotice_OnATerminal_ShownThenErasedOnce()
    {
        using var error = new StringWriter();

        var notice = RefreshNotice.Show(refresh: true, error, terminal: true);
        Assert.Equal("Refreshing the package catalogue...", error.ToString());
        notice.Dispose();
        notice.Dispose();

        Assert.Equal("Refreshing the package catalogue...\r\u001b[K", error.ToString());
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void RefreshNotice_NotATerminalOrNoRefresh_WritesNothing(bool refresh, bool terminal)
    {
        using var error = new StringWriter();

        RefreshNotice.Show(refresh, error, terminal).Dispose();

        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData(120, null, "xterm", 120, true)]
    [InlineData(null, null, "xterm", 80, true)]      // a terminal that does not say its size (a serial console)
    [InlineData(100, "1", "xterm", 100, false)]      // NO_COLOR set
    [InlineData(100, "", "xterm", 100, true)]        // NO_COLOR empty counts as unset
    [InlineData(100, null, "dumb", 100, false)]
    [InlineData(100, null, null, 100, false)]
    [InlineData(100, null, "", 100, false)]
    public void TerminalStyle_OfATerminal_WidthAndColour(int? columns, string? noColor, string? term, int width, bool colour) =>
        Assert.Equal(new TerminalStyle(width, colour), TerminalStyle.OfTerminal(columns, noColor, term));

    [Fact]
    public void TerminalStyle_OfAPipe_IsPlain()
    {
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);

        var style = TerminalStyle.Of((int)pipe.SafePipeHandle.DangerousGetHandle());

        Assert.Same(TerminalStyle.Plain, style);
        Assert.Equal("text", style.Paint("text", TerminalStyle.Red));
    }

    private static bool Dangerous(char c) =>
        char.IsControl(c) || c is '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
