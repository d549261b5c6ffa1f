using System.Collections.Concurrent;

namespace UpdateStation.Instance;

/// <summary>The main loop without a display: a queue drained by the thread that calls <see cref="Run"/>.</summary>
public sealed class HeadlessMainLoop : IMainLoop, IDisposable
{
    private readonly BlockingCollection<Action?> _queue = [];
    private int _threadId;

    /// <summary>Whether the caller is on the loop's thread.</summary>
    public bool IsLoopThread => Environment.CurrentManagedThreadId == Volatile.Read(ref _threadId);

    public void Post(Action work) => _queue.Add(work);

    public void Run()
    {
        Volatile.Write(ref _threadId, Environment.CurrentManagedThreadId);
        foreach (var work in _queue.GetConsumingEnumerable())
        {
            if (work is null)
            {
                return;
            }

            work();
        }
    }

    public void Quit() => _queue.Add(null);

    public void Dispose() => _queue.Dispose();
}
