using System.Collections.Concurrent;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Keeps every progress event, synchronously and in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<UpgradeProgress>
{
    private readonly ConcurrentQueue<UpgradeProgress> _events = new();

    public IReadOnlyList<UpgradeProgress> Events => _events.ToArray();

    public void Report(UpgradeProgress value) => _events.Enqueue(value);
}
