namespace UpdateStation.Gtk;

/// <summary>
/// What the window and the legacy icon share as GTK processes of ours: the instance's host over GTK's loop, with
/// their own lock and state in the runtime directory (window.lock, window.json), and the display, opened with its
/// loss handled.
/// </summary>
/// <remarks>
/// The protocol's order holds: the host registers SIGUSR1 (its work reaches GTK only through g_idle_add) and the stop
/// signals, then <see cref="InstanceHost.TryStart"/> takes the lock, and the state is published only when the owner
/// says it is up (<see cref="InstanceHost.Publish"/>), so a caller that finds it can rely on that.
/// </remarks>
internal static class GtkProcess
{
    /// <summary>The host of a GTK process named <paramref name="name"/>: its notices go to standard error, and it ends its loop when another takes its lock.</summary>
    public static InstanceHost Host(RuntimeDirectory directory, string name, GtkMainLoop loop, Action activated)
    {
        var host = new InstanceHost(directory.Files(name), name, loop) { PublishesLater = true };
        host.Activated += activated;
        host.Notice += notice => Console.Error.WriteLine($"update-station: {notice}");
        host.SteppedDown += reason =>
        {
            Console.Error.WriteLine($"update-station: {reason}");
            loop.Quit();
        };
        return host;
    }

    /// <summary>Opens the display on this thread, which becomes the GTK thread.</summary>
    /// <param name="host">The process's host: its state is unpublished when the X server goes away.</param>
    /// <param name="title">The application's name on the desktop.</param>
    /// <param name="what">What needs the display, for the message: "the window".</param>
    /// <exception cref="DisplayUnavailableException">There is no display to open.</exception>
    public static void OpenDisplay(InstanceHost host, string title, string what)
    {
        if (!GtkThread.TryInitialize("update-station", title))
        {
            throw new DisplayUnavailableException(NoDisplayMessage(what));
        }

        DisplayLoss.ExitWhenLost(() =>
        {
            host.Unpublish(); // The lock goes with the process.
            var display = DisplayText.Escape(Environment.GetEnvironmentVariable("DISPLAY") ?? "");
            Console.Error.WriteLine($"update-station: the X server of display '{display}' went away, so {what} closed.");
        });
    }

    private static string NoDisplayMessage(string what)
    {
        var x11 = Environment.GetEnvironmentVariable("DISPLAY");
        var wayland = Environment.GetEnvironmentVariable("WAYLAND_DISPLAY");
        return string.IsNullOrEmpty(x11) && string.IsNullOrEmpty(wayland)
            ? $"No display to show {what} on: DISPLAY and WAYLAND_DISPLAY are unset ({what} needs a desktop session)."
            : $"Cannot open the display for {what} (DISPLAY '{x11}', WAYLAND_DISPLAY '{wayland}'): no display server answers there, or it refused the connection.";
    }
}
