using System.Text.RegularExpressions;

namespace UpdateStation.Tests.Packaging;

/// <summary>The menu entry and the window it opens are one application to a dock or task bar.</summary>
public sealed class WindowClassSpecs(DesktopSession desktop) : IClassFixture<DesktopSession>
{
    [Fact(Timeout = 120_000)]
    public async Task The_menu_entrys_StartupWMClass_is_the_windows_WM_CLASS()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        PlanFile.Publish(dir, PlanFile.Sample("alpha"));
        string entry = await File.ReadAllTextAsync(Path.Combine(Repository.Packaging, "org.updatestation.UpdateStation.desktop.in"));
        string wmClass = Regex.Match(entry, "^StartupWMClass=(.+)$", RegexOptions.Multiline).Groups[1].Value;

        // Act: the window's WM_CLASS as a window manager reads it ("instance", "Class").
        (StationProcess window, _) = await WindowState.OpenAsync(dir, desktop);
        string id = Assert.Single(await WindowState.VisibleAsync(desktop, window));
        StationResult xprop = await desktop.RunAsync(["xprop", "-id", id, "WM_CLASS"]);

        // Assert: GNOME Shell and Plasma match StartupWMClass against either; we name the instance exactly.
        Assert.True(xprop.ExitCode == 0, xprop.ToString());
        Match names = Regex.Match(xprop.Stdout, "WM_CLASS\\(STRING\\) = \"([^\"]*)\", \"([^\"]*)\"");
        Assert.True(names.Success, xprop.ToString());
        Assert.Equal(wmClass, names.Groups[1].Value);
        Assert.Equal(wmClass, names.Groups[2].Value, ignoreCase: true);
    }
}
