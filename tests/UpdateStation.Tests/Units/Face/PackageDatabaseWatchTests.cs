using Microsoft.Extensions.Time.Testing;
using UpdateStation.Face;
using UpdateStation.Packages;
using UpdateStation.Posix;

namespace UpdateStation.Tests.Units.Face;

/// <summary>
/// A package database in a real temporary directory, changed as dpkg and pkg change theirs; the quiet period on a clock
/// the test moves. Where the comparison of its status is the watch (events: false), every step is the test's own.
/// </summary>
public sealed class PackageDatabaseWatchTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-dbwatch-").FullName;
    private readonly FakeTimeProvider _time = new();
    private readonly QueuedLoop _loop = new();
    private readonly PackageDatabase _database;
    private bool _checking;
    private int _replans;

    public PackageDatabaseWatchTests()
    {
        _database = new PackageDatabase(Path.Combine(_directory, "status"), Path.Combine(_directory, "lock"));
        File.WriteAllText(_database.File, "Package: curl\n");
        File.WriteAllText(_database.LockFile, "");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Events_DatabaseReplacedByRename_ReplansWithoutARefresh()
    {
        using var watch = Watch(events: true);

        // dpkg writes status-new and renames it over status.
        File.WriteAllText(_database.File + "-new", "Package: curl\nPackage: wget\n");
        File.Move(_database.File + "-new", _database.File, overwrite: true);

        await Poll.UntilAsync(() => Advance(PackageDatabaseWatch.Quiet) > 0, TimeSpan.FromSeconds(10), () => "the rename led to a re-plan");
        Assert.Equal(1, _replans);
    }

    [Fact]
    public void Comparison_NoChange_NoReplan()
    {
        using var watch = Watch(events: false);

        Advance(TimeSpan.FromHours(1), steps: 3600);

        Assert.Equal(0, _replans);
    }

    [Fact]
    public void Comparison_AWriteInPlace_ReplansAfterTheQuietPeriod()
    {
        using var watch = Watch(events: false);

        File.AppendAllText(_database.File, "Package: wget\n");
        Advance(PackageDatabaseWatch.PollInterval);
        Advance(PackageDatabaseWatch.Quiet - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, _replans);

        Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _replans);
    }

    [Fact]
    public void Comparison_ManyWritesOfOneRun_ReplanOnceAfterTheLast()
    {
        using var watch = Watch(events: false);

        for (int i = 0; i < 5; i++)
        {
            File.AppendAllText(_database.File, $"Package: p{i}\n");
            Advance(PackageDatabaseWatch.PollInterval);
        }

        Assert.Equal(0, _replans);
        Advance(PackageDatabaseWatch.Quiet, steps: 3);
        Assert.Equal(1, _replans);
        Advance(TimeSpan.FromMinutes(1), steps: 60);
        Assert.Equal(1, _replans);
    }

    [Fact]
    public void Comparison_WhileThePackageManagerHoldsItsLock_WaitsForIt()
    {
        using var watch = Watch(events: false);
        var held = FileLock.TryAcquire(_database.LockFile);
        Assert.NotNull(held);

        File.AppendAllText(_database.File, "Package: wget\n");
        Advance(PackageDatabaseWatch.PollInterval);
        Advance(PackageDatabaseWatch.Quiet * 5, steps: 15);
        Assert.Equal(0, _replans);

        held.Dispose();
        Advance(PackageDatabaseWatch.Quiet, steps: 3);
        Assert.Equal(1, _replans);
    }

    [Fact]
    public void Comparison_WhileACheckRuns_WaitsForIt()
    {
        using var watch = Watch(events: false);
        _checking = true;

        File.AppendAllText(_database.File, "Package: wget\n");
        Advance(PackageDatabaseWatch.PollInterval);
        Advance(PackageDatabaseWatch.Quiet * 5, steps: 15);
        Assert.Equal(0, _replans);

        _checking = false;
        Advance(PackageDatabaseWatch.Quiet, steps: 3);
        Assert.Equal(1, _replans);
    }

    [Fact]
    public void Comparison_DatabaseDeletedThenWritten_ReplansForEach()
    {
        using var watch = Watch(events: false);

        File.Delete(_database.File);
        Advance(PackageDatabaseWatch.PollInterval + PackageDatabaseWatch.Quiet, steps: 4);
        Assert.Equal(1, _replans);

        File.WriteAllText(_database.File, "Package: curl\n");
        Advance(PackageDatabaseWatch.PollInterval + PackageDatabaseWatch.Quiet, steps: 4);
        Assert.Equal(2, _replans);
    }

    private PackageDatabaseWatch Watch(bool events) =>
        new(_database, () => _checking, () => _replans++, _loop, _time, events);

    /// <summary>Moves the clock in <paramref name="steps"/> equal steps, turning the loop after each (as the real loop runs posted work at once).</summary>
    private int Advance(TimeSpan by, int steps = 1)
    {
        for (int i = 0; i < steps; i++)
        {
            _time.Advance(by / steps);
            _loop.Drain();
        }

        return _replans;
    }
}
