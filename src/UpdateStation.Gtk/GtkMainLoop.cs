namespace UpdateStation.Gtk;

/// <summary>GTK's main loop as the instance runtime's <see cref="IMainLoop"/>: work from other threads arrives through g_idle_add.</summary>
public sealed class GtkMainLoop : IMainLoop
{
    private static Exception? s_failure;
    private volatile bool _started;

    /// <summary>The loop has been entered (and may have ended since): work posted from now on will run or is moot.</summary>
    public bool Started => _started;

    /// <summary>Queues <paramref name="work"/> for the GTK thread; safe from any thread, a signal handler's included.</summary>
    public void Post(Action work) => GLibCallbacks.Idle(work);

    /// <summary>Runs gtk_main on the calling thread (the one that initialised GTK) until <see cref="Quit"/>.</summary>
    /// <exception cref="Exception">A callback threw: the loop ended and its exception is rethrown here.</exception>
    public void Run()
    {
        Debug.Assert(GtkThread.IsCurrent);
        _started = true;
        Interop.Gtk.Main();
        if (Interlocked.Exchange(ref s_failure, null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    public void Quit() => Post(QuitNow);

    /// <summary>Ends the loop from a callback that threw; <see cref="Run"/> rethrows the first such exception.</summary>
    internal static void Fail(Exception exception)
    {
        Interlocked.CompareExchange(ref s_failure, exception, null);
        QuitNow();
    }

    private static void QuitNow()
    {
        if (Interop.Gtk.MainLevel() > 0)
        {
            Interop.Gtk.MainQuit();
        }
    }
}
