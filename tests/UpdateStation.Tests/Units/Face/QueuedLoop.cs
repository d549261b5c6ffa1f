using UpdateStation.Instance;

namespace UpdateStation.Tests.Units.Face;

/// <summary>A main loop the test turns by hand: posted work waits until <see cref="Drain"/> runs it on the test's thread.</summary>
internal sealed class QueuedLoop : IMainLoop
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<Action> _work = new();

    public void Post(Action work) => _work.Enqueue(work);

    /// <summary>Runs what was posted, in order, including what that posts.</summary>
    public void Drain()
    {
        while (_work.TryDequeue(out var work))
        {
            work();
        }
    }

    public void Run() => throw new NotSupportedException("the test turns this loop with Drain");

    public void Quit() => _work.Clear();
}
