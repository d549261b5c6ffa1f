using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>The terminal's human output in the user's language, through gettext and po/fr.po (compiled by build.sh).</summary>
public sealed class TranslationSpecs(SharedAptWorld shared) : IClassFixture<SharedAptWorld>, IDisposable
{
    private readonly AptWorld _world = shared.World;
    private readonly string _locales = Directory.CreateTempSubdirectory("update-station-locales-").FullName;

    public void Dispose() => Directory.Delete(_locales, recursive: true);

    [Fact(Timeout = 120_000)]
    public async Task User_with_a_French_locale_reads_check_in_French()
    {
        // Arrange: the locale is compiled into a private folder (LOCPATH), so the test needs neither root nor the host's locales.
        var localedef = await StationProcess.StartProgram(["localedef", "-i", "fr_FR", "-f", "UTF-8", Path.Combine(_locales, "fr_FR.UTF-8")])
            .WaitForExitAsync(TimeSpan.FromSeconds(90));
        Assert.True(localedef.ExitCode == 0, $"localedef (Debian package locales): {localedef}");
        var environment = new Dictionary<string, string>
        {
            ["APT_CONFIG"] = _world.ConfigPath,
            ["LANG"] = "fr_FR.UTF-8",
            ["LC_ALL"] = "",
            ["LC_MESSAGES"] = "",
            ["LANGUAGE"] = "",
            ["LOCPATH"] = _locales,
        };

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--backend", "apt"], environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        Assert.Matches(@"(?m)^Paquet +Installée +Nouvelle +Dépôt +Remarques$", output);
        Assert.Matches(@"(?m)^\d+ changements : \d+ mises? à jour, ", output);
        Assert.Contains("SÉCURITÉ", output, StringComparison.Ordinal);
        Assert.Contains("Catalogue des paquets actualisé à l’instant.", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task User_without_a_translation_for_their_language_reads_English()
    {
        // Arrange: German, which po/ does not translate into (glibc honours LANGUAGE in C.UTF-8).
        var environment = new Dictionary<string, string>
        {
            ["APT_CONFIG"] = _world.ConfigPath,
            ["LANG"] = "C.UTF-8",
            ["LC_ALL"] = "",
            ["LANGUAGE"] = "de",
        };

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["check", "--backend", "apt"], environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 100, $"exit {exit}: {error}");
        Assert.Matches(@"(?m)^Package +Installed +New +Repository +Notes$", output);
        Assert.Matches(@"(?m)^\d+ changes: ", output);
    }
}
