using System.Collections.Concurrent;

namespace UpdateStation.Instance;

/// <summary>The main loop without a display: a queue drained by the thread that calls <see cref="Run"/>.</summary>
public sealed class HeadlessMainLoop : IMainLoop, IDisposable
{
    private readonly BlockingCollection<Action> _queue = [];
    private int _threadId;

    /// <summary>Whether the caller is on the loop's thread.</summary>
    public bool IsLoopThread => Environment.CurrentManagedThreadId == Volatile.Read(ref _threadId);

    /// <summary>Queues work; once the loop has quit, work is dropped (a late signal or timer must not throw).</summary>
    public void Post(Action work)
    {
        try
        {
            _queue.Add(work);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            // Quit or disposed: nobody will run it.
        }
    }

    public void Run()
    {
        Volatile.Write(ref _threadId, Environment.CurrentManagedThreadId);
        foreach (var work in _queue.GetConsumingEnumerable())
        {
            work();
        }
    }

    public void Quit()
    {
        try
        {
            _queue.CompleteAdding();
        }
        catch (ObjectDisposedException)
        {
            // Already gone.
        }
    }

    public void Dispose() => _queue.Dispose();
}
