using System.Text.RegularExpressions;
using UpdateStation.Tests.Plumbing;

namespace UpdateStation.Tests.Commands;

/// <summary>`check` and `upgrade` on a terminal: a refresh line that goes away, rows within its width, security first,
/// colour unless NO_COLOR, and the terminal's modes as they were.</summary>
public sealed partial class TerminalSpecs : IDisposable
{
    private readonly PkgWorld _world = new PkgWorld()
        .Reply("upgrade-n", "upgrade-all-sections.txt")
        .ReplyText("update", "")
        .ReplyText("audit-q", "firefox-120.0_2,2\n");

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 60000)]
    public async Task Check_on_a_terminal_says_it_refreshes_then_erases_the_line()
    {
        // Act
        var (_, output) = await PseudoTerminal.RunAsync([StationBinary.Path, "check", "--backend", "pkg"], _world.Environment, "", TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains("Refreshing the package catalogue...\r\u001b[K", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60000)]
    public async Task Check_on_a_terminal_fits_its_width_with_security_first_in_colour()
    {
        // Act
        var (exit, output) = await PseudoTerminal.RunAsync([StationBinary.Path, "check", "--backend", "pkg"], _world.Environment, "", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(100, exit);
        var rows = Plain(output).Split("\r\n").SkipWhile(l => !l.StartsWith("Package", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, row => Assert.True(row.Length <= 80, $"{row.Length} columns: {row}"));
        Assert.Contains(rows, row => row.Contains('…', StringComparison.Ordinal));
        Assert.StartsWith("firefox ", rows[1], StringComparison.Ordinal);
        Assert.Contains("\u001b[1m\u001b[31mfirefox", output, StringComparison.Ordinal);
        Assert.Contains("9 changes: 3 upgrades, 2 new, 1 downgrade, 2 reinstalls, 1 removal; 1 of them is a security update.", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60000)]
    public async Task Check_with_NO_COLOR_prints_no_colour()
    {
        // Arrange
        var environment = new Dictionary<string, string>(_world.Environment) { ["NO_COLOR"] = "1" };

        // Act
        var (_, output) = await PseudoTerminal.RunAsync([StationBinary.Path, "check", "--backend", "pkg"], environment, "", TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains("firefox", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(Colour(), output);
    }

    [Fact(Timeout = 60000)]
    public async Task Check_into_a_pipe_prints_rows_at_full_width_without_colour()
    {
        // Act
        var (_, output, _) = await PublishedBinary.RunAsync(["check", "--no-refresh", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Contains("(direct dependency changed: perl5 (added))", output, StringComparison.Ordinal);
        Assert.DoesNotContain("…", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60000)]
    public async Task Upgrade_prompt_leaves_the_cursor_keys_as_they_were()
    {
        // Act: answer no at the prompt.
        var (_, output) = await PseudoTerminal.RunAsync([StationBinary.Path, "upgrade", "--backend", "pkg"], _world.Environment, "n\n", TestContext.Current.CancellationToken);

        // Assert: the prompt was read, and nothing switched the keypad or cursor keys to application mode (smkx, DECCKM).
        Assert.Contains("the upgrade was cancelled; nothing was changed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[?1h", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b=", output, StringComparison.Ordinal);
    }

    private static string Plain(string text) => AnySequence().Replace(text.Replace("Refreshing the package catalogue...\r", "", StringComparison.Ordinal), "");

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex Colour();

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnySequence();
}
