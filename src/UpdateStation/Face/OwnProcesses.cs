using UpdateStation.Gtk;
using UpdateStation.Posix;

namespace UpdateStation.Face;

/// <summary>
/// Starts this executable's GTK processes (`window`, `legacy-icon`), and stops
/// the legacy icon. Each is single-instance itself: starting `window` while one is open raises that one.
/// </summary>
/// <param name="directory">The runtime directory whose lock and state files name those processes.</param>
/// <param name="quiet">The children run detached, writing to /dev/null (check-now, which exits soon: a caller reading its
/// output to the end must not wait for the window to close); else they share our streams, and we reap them.</param>
internal sealed class OwnProcesses(RuntimeDirectory directory, bool quiet)
{
    private static readonly TimeSpan s_publishTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Whether there is a display to show a window on (X11 or Wayland).</summary>
    public static bool HasDisplay =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"));

    /// <summary>Raises the open window, or starts one.</summary>
    public Func<bool>? ShowWindow() => Start(WindowSession.ProcessName);

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
    }

    /// <summary>Waits until the window has published its state (it is up), or until it has exited or the wait is over.</summary>
    public bool WaitForWindow(Func<bool>? windowExited)
    {
        var files = directory.Files(WindowSession.ProcessName);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_publishTimeout)
        {
            if (InstanceLocator.Find(files) is not null)
            {
                return true;
            }

            if (windowExited is null || windowExited())
            {
                // A `window` that found one open raised it and exited: that one is up.
                return InstanceLocator.Find(files) is not null;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    /// <summary>Starts `update-station COMMAND`; returns a probe that says whether it has exited, or null when it did not start.</summary>
    private Func<bool>? Start(string command)
    {
        var executable = Environment.ProcessPath ?? "update-station";
        try
        {
            return quiet ? StartDetached(executable, command) : StartChild(executable, command);
        }
        catch (Exception ex) when (ex is PosixException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Log.Info($"cannot start '{executable} {command}': {ex.Message}");
            return null;
        }
    }

    /// <summary>A child sharing our standard streams, reaped by the runtime's SIGCHLD handling (no polling, no zombie).</summary>
    private static Func<bool> StartChild(string executable, string command)
    {
        var child = new Process
        {
            StartInfo = new ProcessStartInfo(executable) { ArgumentList = { command }, UseShellExecute = false },
            EnableRaisingEvents = true,
        };
        child.Exited += (_, _) => child.Dispose();
        child.Start();
        return () => child.HasExited;
    }

    /// <summary>A child in a session of its own writing to /dev/null: it outlives us, and our caller's pipes close with us.</summary>
    private static Func<bool> StartDetached(string executable, string command)
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(e => $"{e.Key}={e.Value}").ToList();
        using var output = PosixFile.Open("/dev/null", PlatformConstants.O_WRONLY | PlatformConstants.Current.O_CLOEXEC, default);
        var child = DetachedProcess.Start(executable, [command], environment, output);
        return () => child.TryGetExit(out _);
    }
}
