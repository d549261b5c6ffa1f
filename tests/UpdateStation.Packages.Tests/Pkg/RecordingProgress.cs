using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>Keeps every progress event, in order, as it is reported (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<UpgradeProgress>
{
    private readonly Lock _gate = new();
    private readonly List<UpgradeProgress> _events = [];

    public IReadOnlyList<UpgradeProgress> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public void Report(UpgradeProgress value)
    {
        lock (_gate)
        {
            _events.Add(value);
        }
    }
}
