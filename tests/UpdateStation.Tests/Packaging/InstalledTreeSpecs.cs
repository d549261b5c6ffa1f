namespace UpdateStation.Tests.Packaging;

/// <summary>What `make install PREFIX=/usr` puts in place works from where it lies: `man` opens the page, and the installed binary finds its translations.</summary>
public sealed class InstalledTreeSpecs : IDisposable
{
    private readonly StagingDirectory _work = new("installed-tree");

    private string Stage => _work["stage"];

    public void Dispose() => _work.Dispose();

    [Fact(Timeout = 180_000)]
    public async Task User_can_read_the_installed_man_page_with_man()
    {
        // Arrange
        await InstallAsync();

        // Act
        StationResult page = await Tool.RequireAsync(
            ["man", "--manpath", Path.Combine(Stage, "usr", "share", "man"), "update-station"],
            environment: new Dictionary<string, string> { ["MANPAGER"] = "cat", ["MANWIDTH"] = "100", ["MAN_KEEP_FORMATTING"] = "" });
        StationResult helper = await Tool.RequireAsync(["man", "--manpath", Path.Combine(Stage, "usr", "share", "man"), "-w", "8", "update-station-helper"]);

        // Assert
        Assert.Matches(@"(?m)^NAME\s*\n\s+update-station\b", page.Stdout);
        Assert.Contains("check-now", page.Stdout, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Stage, "usr", "share", "man", "man8", "update-station-helper.8"), helper.Stdout.Trim());
    }

    [Fact(Timeout = 180_000)]
    public async Task Installed_binary_speaks_French_from_the_installed_catalogue()
    {
        // Arrange: the locale compiled into a private folder (LOCPATH), as TranslationSpecs does.
        await InstallAsync();
        string locales = Directory.CreateDirectory(_work["locales"]).FullName;
        await Tool.RequireAsync(["localedef", "-i", "fr_FR", "-f", "UTF-8", Path.Combine(locales, "fr_FR.UTF-8")]);
        await using RuntimeDir dir = RuntimeDir.Create();
        var french = new StartOptions
        {
            Executable = Path.Combine(Stage, "usr", "bin", "update-station"),
            Environment = new Dictionary<string, string?> { ["LANG"] = "fr_FR.UTF-8", ["LC_ALL"] = null, ["LC_MESSAGES"] = null, ["LANGUAGE"] = null, ["LOCPATH"] = locales },
        };

        // Act
        StationResult status = await StationProcess.RunAsync(dir, ["status"], Station.CommandTimeout, french);

        // Assert
        Assert.True(status.ExitCode == 3, status.ToString());
        Assert.Equal("update-station n’est pas lancé.\n", status.Stdout);
    }

    private async Task InstallAsync()
    {
        string artifacts = ArtifactsTree.Create(_work, withHelper: false);
        await Tool.RequireAsync(["make", "--no-print-directory", "install", $"DESTDIR={Stage}", "PREFIX=/usr", $"ARTIFACTS={artifacts}"]);
    }
}
