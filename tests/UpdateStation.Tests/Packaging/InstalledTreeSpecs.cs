using System.Text.RegularExpressions;

namespace UpdateStation.Tests.Packaging;

/// <summary>
/// What `make install` puts in place works from where it lies: `man` opens the page, the installed binary finds its
/// translations, and the settings file a hand install puts in place is the one the installed binary reads.
/// </summary>
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

    [Fact(Timeout = 180_000)]
    public async Task Hand_installed_settings_file_is_the_one_the_installed_binary_reads()
    {
        // Arrange: a default hand install (PREFIX /usr/local, no SYSCONFDIR); the staged copy of the file the installed
        // binary names as its system file gets a value.
        string artifacts = ArtifactsTree.Create(_work, withHelper: false);
        await Tool.RequireAsync(["make", "--no-print-directory", "install", $"DESTDIR={Stage}", $"ARTIFACTS={artifacts}"]);
        string binary = Path.Combine(Stage, "usr", "local", "bin", "update-station");
        string named = Regex.Match((await Tool.RequireAsync([binary, "settings"])).Stdout, @"^# system file: (/\S+)").Groups[1].Value;
        string sysconfdir = named.EndsWith("/update-station/settings.toml", StringComparison.Ordinal) ? named[..^"/update-station/settings.toml".Length] : "";
        Assert.True(sysconfdir.Length > 0, $"the installed binary names no system settings file: '{named}'");
        string staged = Path.Combine(Stage, named.TrimStart('/'));
        Assert.True(File.Exists(staged), $"make install put no settings file at {named}, where the installed binary reads it");
        File.AppendAllText(staged, "check-interval-minutes = 42\n");

        // Act: the installed binary, with the stage's SYSCONFDIR laid over the machine's (a read-only overlay in a
        // private user and mount namespace), as if the stage were the system; no user file (an empty XDG_CONFIG_HOME).
        StationResult settings = await Tool.RequireAsync(
            ["unshare", "--map-root-user", "--mount", "sh", "-c", "mount -t overlay overlay -o \"lowerdir=$1$2:$2\" \"$2\" && exec \"$3\" settings",
                "sh", Stage, sysconfdir, binary],
            environment: new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = Directory.CreateDirectory(_work["config"]).FullName });

        // Assert
        Assert.StartsWith($"# system file: {named}\n", settings.Stdout, StringComparison.Ordinal);
        Assert.Matches($@"(?m)^check-interval-minutes = 42 +# system: {Regex.Escape(named)}$", settings.Stdout);
    }

    private async Task InstallAsync()
    {
        string artifacts = ArtifactsTree.Create(_work, withHelper: false);
        await Tool.RequireAsync(["make", "--no-print-directory", "install", $"DESTDIR={Stage}", "PREFIX=/usr", $"ARTIFACTS={artifacts}"]);
    }
}
