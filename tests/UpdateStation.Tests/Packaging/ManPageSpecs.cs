using System.Text.RegularExpressions;

namespace UpdateStation.Tests.Packaging;

/// <summary>update-station(1) and update-station-helper(8): well-formed, and true to what `--help` offers.</summary>
public sealed class ManPageSpecs
{
    private static readonly string s_page = Repository.File("packaging", "man", "update-station.1");

    [Theory(Timeout = 60_000)]
    [InlineData("update-station.1")]
    [InlineData("update-station-helper.8")]
    public async Task Man_page_has_no_groff_warnings(string page)
    {
        // Act
        StationResult result = await Tool.RunAsync(["groff", "-ww", "-z", "-mandoc", Repository.File("packaging", "man", page)]);

        // Assert
        Assert.True(result.ExitCode == 0 && result.Stderr.Length == 0, result.ToString());
    }

    [Theory(Timeout = 60_000)]
    [InlineData("update-station.1")]
    [InlineData("update-station-helper.8")]
    public async Task Man_page_has_no_mandoc_lint_warnings(string page)
    {
        // Act: STYLE messages stay out (they name the pages of FreeBSD and sudo that Debian does not have here).
        StationResult result = await Tool.RunAsync(["mandoc", "-T", "lint", "-W", "warning", Repository.File("packaging", "man", page)]);

        // Assert
        Assert.True(result.ExitCode == 0 && (result.Stdout + result.Stderr).Length == 0, result.ToString());
    }

    [Fact(Timeout = 120_000)]
    public async Task Man_page_documents_every_command_and_option_that_help_prints()
    {
        // Arrange
        string text = await RenderAsync(s_page);
        IReadOnlyDictionary<string, IReadOnlyList<string>> help = await HelpText.CollectAsync();

        // Act
        var missing = new List<string>();
        foreach ((string command, IReadOnlyList<string> options) in help)
        {
            if (command.Length > 0 && !text.Contains($"update-station {command}", StringComparison.Ordinal))
            {
                missing.Add($"the command '{command}'");
            }

            missing.AddRange(options.Where(o => !Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(o)}(?![\w-])"))
                .Select(o => $"'{o}' of '{(command.Length == 0 ? "update-station" : command)}'"));
        }

        // Assert
        Assert.True(help.Count > 1, "help listed no commands");
        Assert.True(missing.Count == 0, $"packaging/man/update-station.1 lacks {string.Join(", ", missing.Distinct())}.");
    }

    /// <summary>The page as a reader sees it: plain text, without the overstrikes of bold and underline.</summary>
    private static async Task<string> RenderAsync(string page)
    {
        StationResult result = await Tool.RequireAsync(["mandoc", "-T", "ascii", page]);
        return Regex.Replace(result.Stdout, ".\b", "");
    }
}
