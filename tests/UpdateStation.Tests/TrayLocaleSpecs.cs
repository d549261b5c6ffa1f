using System.Text.RegularExpressions;

namespace UpdateStation.Tests;

/// <summary>The tray's tooltip in the user's language: translated words, and a time in numbers that no culture changes.</summary>
public sealed class TrayLocaleSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>, IDisposable
{
    private readonly string _locales = Directory.CreateTempSubdirectory("update-station-locales-").FullName;

    public void Dispose() => Directory.Delete(_locales, recursive: true);

    [Fact(Timeout = 150_000)]
    public async Task User_with_a_French_locale_reads_the_tooltip_in_French_with_a_24_hour_time()
    {
        // Arrange: the locale is compiled into a private folder (LOCPATH), as WindowTranslationSpecs does.
        StationResult localedef = await StationProcess.StartProgram(["localedef", "-i", "fr_FR", "-f", "UTF-8", Path.Combine(_locales, "fr_FR.UTF-8")])
            .WaitForExitAsync(TimeSpan.FromSeconds(90));
        Assert.True(localedef.ExitCode == 0, $"localedef (Debian package locales): {localedef}");
        await using RuntimeDir dir = RuntimeDir.Create();
        StartOptions options = new()
        {
            Environment = new Dictionary<string, string?>(desktop.Environment)
            {
                ["LANG"] = "fr_FR.UTF-8",
                ["LC_ALL"] = null,
                ["LC_MESSAGES"] = null,
                ["LC_TIME"] = null,
                ["LANGUAGE"] = null,
                ["LOCPATH"] = _locales,
                ["DISPLAY"] = null, // no legacy icon: only the item's tooltip is read
            },
        };

        // Act: the stand-in pkg says the system is up to date.
        StationProcess tray = StationProcess.Start(dir, ["tray", "--first-check-delay", "0"], options);
        await Station.WaitForInstanceAsync(dir, tray, options);
        string tooltip = await Poll.UntilAsync(
            async () =>
            {
                StationResult reply = await desktop.RunAsync(
                [
                    "dbus-send", "--session", "--print-reply", $"--dest=org.kde.StatusNotifierItem-{tray.Pid}-1", "/StatusNotifierItem",
                    "org.freedesktop.DBus.Properties.Get", "string:org.kde.StatusNotifierItem", "string:ToolTip",
                ]);
                return reply.Stdout.Contains("vérifié", StringComparison.Ordinal) ? reply.Stdout : null;
            },
            Station.StartTimeout,
            () => $"the tooltip says when the check was; tray stderr: {tray.Stderr}");

        // Assert
        Assert.Contains("Votre système est à jour (vérifié : ", tooltip, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\(vérifié : \d{2}:\d{2}\)"), tooltip);
    }
}
