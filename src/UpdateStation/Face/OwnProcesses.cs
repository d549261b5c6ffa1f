using UpdateStation.Gtk;
using UpdateStation.Posix;

namespace UpdateStation.Face;

/// <summary>
/// Starts this executable's GTK processes (`window`, `legacy-icon`) as children in sessions of their own, and stops
/// the legacy icon. Each is single-instance itself: starting `window` while one is open raises that one.
/// </summary>
/// <param name="directory">The runtime directory whose lock and state files name those processes.</param>
/// <param name="quiet">The children write to /dev/null instead of our standard error (check-now: a caller reading
/// our stderr to its end must not wait for the window to close).</param>
internal sealed class OwnProcesses(RuntimeDirectory directory, bool quiet)
{
    private static readonly TimeSpan s_publishTimeout = TimeSpan.FromSeconds(10);
    private readonly List<DetachedProcess> _children = [];

    /// <summary>Whether there is a display to show a window on (X11 or Wayland).</summary>
    public static bool HasDisplay =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"));

    /// <summary>Raises the open window, or starts one.</summary>
    public DetachedProcess? ShowWindow() => Start(WindowSession.ProcessName);

    public void StartLegacyIcon() => Start(LegacyIconSession.ProcessName);

    /// <summary>SIGTERM to the legacy icon found (and verified) through its own lock and state; nothing when none runs.</summary>
    public void StopLegacyIcon()
    {
        var files = directory.Files(LegacyIconSession.ProcessName);
        if (InstanceLocator.Find(files) is { } icon)
        {
            using var handle = PidHandle.Open(icon.Pid);
            _ = handle?.TrySend(Signal.SIGTERM);
        }

        Reap();
    }

    /// <summary>Waits until the window has published its state (it is up), or until it has exited or the wait is over.</summary>
    public bool WaitForWindow(DetachedProcess? window)
    {
        var files = directory.Files(WindowSession.ProcessName);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_publishTimeout)
        {
            if (InstanceLocator.Find(files) is not null)
            {
                return true;
            }

            if (window is null || window.TryGetExit(out _))
            {
                // A `window` that found one open raised it and exited: that one is up.
                return InstanceLocator.Find(files) is not null;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    private DetachedProcess? Start(string command)
    {
        Reap();
        var executable = Environment.ProcessPath ?? "update-station";
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}").ToList();
        try
        {
            using var output = OpenOutput();
            var child = DetachedProcess.Start(executable, [command], environment, output);
            _children.Add(child);
            return child;
        }
        catch (PosixException ex)
        {
            Log.Info($"cannot start '{executable} {command}': {ex.Message}");
            return null;
        }
    }

    private SafeFileDescriptor OpenOutput()
    {
        if (!quiet && PosixFile.TryOpen("/dev/stderr", PlatformConstants.O_WRONLY | PlatformConstants.Current.O_CLOEXEC, default, out var stderr) == 0 && stderr is not null)
        {
            return stderr;
        }

        return PosixFile.Open("/dev/null", PlatformConstants.O_WRONLY | PlatformConstants.Current.O_CLOEXEC, default);
    }

    /// <summary>Collects the children that have exited, so none stays a zombie past our next start or stop.</summary>
    private void Reap() => _children.RemoveAll(child =>
    {
        try
        {
            return child.TryGetExit(out _);
        }
        catch (PosixException)
        {
            return true;
        }
    });
}
