using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests;

/// <summary>The update window in the user's language (po/fr.po, compiled by build.sh), read through the accessibility bus.</summary>
public sealed class WindowTranslationSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>, IDisposable
{
    private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(30);

    private readonly string _locales = Directory.CreateTempSubdirectory("update-station-locales-").FullName;

    public void Dispose() => Directory.Delete(_locales, recursive: true);

    [Fact(Timeout = 150_000)]
    public async Task User_with_a_French_locale_reads_the_window_in_French()
    {
        // Arrange: the locale is compiled into a private folder (LOCPATH), so the test needs neither root nor the host's locales.
        StationResult localedef = await StationProcess.StartProgram(["localedef", "-i", "fr_FR", "-f", "UTF-8", Path.Combine(_locales, "fr_FR.UTF-8")])
            .WaitForExitAsync(TimeSpan.FromSeconds(90));
        Assert.True(localedef.ExitCode == 0, $"localedef (Debian package locales): {localedef}");
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha", "beta"));
        Dictionary<string, string?> environment = new(desktop.Environment)
        {
            ["LANG"] = "fr_FR.UTF-8",
            ["LC_ALL"] = null,
            ["LC_MESSAGES"] = null,
            ["LANGUAGE"] = null,
            ["LOCPATH"] = _locales,
        };

        // Act
        StationProcess window = StationProcess.Start(dir, ["window"], new StartOptions { Environment = environment });
        string read = await ScreenReader.WaitForNamesAsync(desktop, window, s_readTimeout, "2 mises à jour disponibles", "alpha", "beta");

        // Assert
        HashSet<string> names = ScreenReader.Names(read);
        Assert.Contains("Catalogue des paquets actualisé à l’instant", names);
        Assert.Contains("Rechercher à nouveau", names);
        Assert.Contains("Fermer", names);
        Assert.DoesNotContain("Check Again", names);
        Assert.False(window.HasExited);
    }
}
