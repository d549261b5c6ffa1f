namespace UpdateStation.Gtk;

/// <summary>
/// A GTK process of ours that is single-instance by the instance's protocol, with its own lock and state in the
/// runtime directory (the window: window.lock and window.json).
/// </summary>
/// <remarks>
/// The protocol's order holds: the constructor registers SIGUSR1 (its work reaches GTK only through g_idle_add), then
/// <see cref="TryTakeLock"/> takes the lock, and the state is published only when the owner says it is up
/// (<see cref="Publish"/>), so a caller that finds it can rely on that. Each activation raises the published count
/// (the acknowledgement) after the owner's handler ran. SIGTERM, SIGINT, SIGHUP and SIGQUIT end the loop; disposal
/// unpublishes before it releases the lock.
/// </remarks>
internal sealed class GtkSingleInstance : IDisposable
{
    private static readonly PosixSignal[] s_stopSignals = [PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    private readonly InstanceFiles _own;
    private readonly Action _activated;
    private readonly ActivationSignal _signal;
    private readonly PosixSignalRegistration[] _stopSignals;
    private InstanceState _state;
    private FileLock? _lock;
    private bool _published;

    public GtkSingleInstance(RuntimeDirectory directory, string name, Action activated)
    {
        _own = directory.Files(name);
        _activated = activated;
        _signal = ActivationSignal.Register(Loop, OnActivation);
        _stopSignals = [.. s_stopSignals.Select(s => PosixSignalRegistration.Create(s, Stop))];
        _state = new InstanceState(Environment.ProcessId, ProcessIdentity.Self()?.StartTime ?? 0, name, DateTimeOffset.Now, 0, false, null);
    }

    public GtkMainLoop Loop { get; } = new();

    /// <summary>Takes the lock; false when another process of this name holds it.</summary>
    /// <exception cref="InstanceException">The lock file cannot be opened or locked for another reason than contention (said in words).</exception>
    public bool TryTakeLock()
    {
        try
        {
            _lock = FileLock.TryAcquire(_own.LockFile);
        }
        catch (PosixException ex)
        {
            throw new InstanceException($"Cannot open the lock {_own.LockFile}: {ErrnoText.Describe(ex.Errno)}.", ex);
        }
        catch (UnexpectedFileTypeException ex)
        {
            throw new InstanceException($"Cannot use the lock {_own.LockFile}: it is not a regular file.", ex);
        }

        return _lock is not null;
    }

    /// <summary>Opens the display on this thread, which becomes the GTK thread.</summary>
    /// <param name="title">The application's name on the desktop.</param>
    /// <param name="what">What needs the display, for the message: "the window".</param>
    /// <exception cref="DisplayUnavailableException">There is no display to open.</exception>
    public void OpenDisplay(string title, string what)
    {
        Debug.Assert(_lock is not null);
        if (!GtkThread.TryInitialize("update-station", title))
        {
            throw new DisplayUnavailableException(NoDisplayMessage(what));
        }

        DisplayLoss.ExitWhenLost(() =>
        {
            StateFile.TryDelete(_own.StateFile); // The lock goes with the process.
            var display = DisplayText.Escape(Environment.GetEnvironmentVariable("DISPLAY") ?? "");
            Console.Error.WriteLine($"update-station: the X server of display '{display}' went away, so {what} closed.");
        });
    }

    /// <summary>Publishes the state: from now on clients find this process (and activate it).</summary>
    /// <exception cref="InstanceException">The state file cannot be written (said in words).</exception>
    public void Publish()
    {
        _published = true;
        try
        {
            StateFile.Write(_own.StateFile, _state);
        }
        catch (PosixException ex)
        {
            throw new InstanceException($"Cannot publish {_own.StateFile}: {ErrnoText.Describe(ex.Errno)}.", ex);
        }
    }

    public void Dispose()
    {
        _signal.Dispose();
        foreach (var registration in _stopSignals)
        {
            registration.Dispose();
        }
        if (_lock is not null)
        {
            StateFile.TryDelete(_own.StateFile);
            _lock.Dispose();
        }
    }

    private void OnActivation()
    {
        _activated();
        _state = _state with { Activations = _state.Activations + 1 };
        if (_published)
        {
            StateFile.Write(_own.StateFile, _state);
        }
    }

    /// <summary>
    /// Ends the loop. Before the loop runs (GTK opening the display, the window being built), nothing is published and
    /// a posted quit would wait for all of that: the signal's default action ends the process at once instead.
    /// </summary>
    private void Stop(PosixSignalContext context)
    {
        context.Cancel = Loop.Started;
        Loop.Quit();
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
