using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Plumbing;

/// <summary>
/// A system settings file (/etc/update-station/settings.toml) for one process alone: a stage's etc laid over /etc as a
/// read-only overlay in a mount namespace of its own, which the binary starts in (<see cref="Launcher"/>). The machine's
/// /etc is never written. Root only (the stage is root's, as the [helper] table asks).
/// </summary>
internal sealed class SystemSettingsOverlay : IDisposable
{
    private SystemSettingsOverlay(string directory) => Directory = directory;

    /// <summary>The stage: etc/update-station/settings.toml, and room for the test's files (a run log).</summary>
    public string Directory { get; }

    public static bool CanRun => UnixUser.CurrentIsRoot && File.Exists("/usr/bin/unshare");

    /// <summary>An argv prefix that execs the binary with <see cref="Directory"/>'s etc over /etc.</summary>
    public IReadOnlyList<string> Launcher =>
        ["unshare", "--mount", "sh", "-c", "stage=$1; shift; mount -t overlay overlay -o \"lowerdir=$stage/etc:/etc\" /etc && exec \"$@\"", "sh", Directory];

    public static SystemSettingsOverlay Create(string settings)
    {
        var overlay = new SystemSettingsOverlay(RootOnlyDirectory.Create("update-station-etc-"));
        var folder = System.IO.Directory.CreateDirectory(Path.Combine(overlay.Directory, "etc", "update-station"), (UnixFileMode)0b111_101_101).FullName;
        File.WriteAllText(Path.Combine(folder, "settings.toml"), settings);
        return overlay;
    }

    /// <summary>A system file whose `[helper] log` names <see cref="Directory"/>/update-station.log (not made).</summary>
    public static SystemSettingsOverlay WithRunLog(out string log)
    {
        Assert.SkipUnless(CanRun, "Needs root and unshare (the system settings file laid over /etc in a mount namespace).");
        var overlay = Create("");
        log = Path.Combine(overlay.Directory, "update-station.log");
        File.WriteAllText(Path.Combine(overlay.Directory, "etc", "update-station", "settings.toml"), $"[helper]\nlog = \"{log}\"\n");
        return overlay;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
