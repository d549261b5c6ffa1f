namespace UpdateStation.Instance;

/// <summary>A single-threaded loop: work posted from any thread runs, in order, on the loop's thread.</summary>
/// <remarks>
/// The instance's state is touched only on this thread, so it needs no locks. The headless loop is
/// <see cref="HeadlessMainLoop"/>; the desktop layer plugs in GLib's loop (g_idle_add).
/// </remarks>
public interface IMainLoop
{
    /// <summary>Queues <paramref name="work"/> to run on the loop thread; safe from any thread, including a signal handler's.</summary>
    void Post(Action work);

    /// <summary>Runs the loop on the calling thread until <see cref="Quit"/>.</summary>
    void Run();

    /// <summary>Ends <see cref="Run"/> after the work already queued.</summary>
    void Quit();
}
