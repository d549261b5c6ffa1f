using UpdateStation.Packages.Apt;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>One check at a time on a user's private lists; the others wait, boundedly, then read whole lists.</summary>
public sealed class AptListsLockTests(SampleWorldFixture sample) : IClassFixture<SampleWorldFixture>, IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("update-station-lock-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact(Timeout = 30_000)]
    public async Task Check_WhileAnotherCheckHoldsTheLists_WaitsBoundedlyThenSaysWhoHoldsWhat()
    {
        // Arrange
        using var other = FileLock.TryAcquire(Path.Combine(_cache, "lock"));
        var backend = Backend(TimeSpan.FromMilliseconds(300));

        // Act
        var error = await Assert.ThrowsAsync<PackageManagerBusyException>(() => backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal($"Another check by this user has held '{Path.Combine(_cache, "lock")}' for 0.3 seconds; try again when it has finished.", error.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task Check_WhileAnotherCheckHoldsTheLists_RunsOnceTheyAreReleased()
    {
        // Arrange
        var lockPath = Path.Combine(_cache, "lock");
        var other = FileLock.TryAcquire(lockPath);
        var backend = Backend(TimeSpan.FromMinutes(1));
        var attempts = 0;
        void Count(string path)
        {
            if (path == lockPath)
            {
                Interlocked.Increment(ref attempts);
            }
        }

        AptListsLock.Contended += Count;
        try
        {
            // Act: release the lists only once the check has found them held twice (it is waiting, not refreshing).
            var checking = backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);
            await Poll.UntilAsync(() => checking.IsCompleted || Volatile.Read(ref attempts) >= 2, TimeSpan.FromSeconds(20), () => "the check finds the lists held");
            var finishedWhileHeld = checking.IsCompleted;
            other!.Dispose();
            var plan = await checking;

            // Assert
            Assert.False(finishedWhileHeld);
            Assert.Equal(sample.Plan.Updates.Count, plan.Updates.Count);
        }
        finally
        {
            AptListsLock.Contended -= Count;
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Check_SixAtOnceOnTheSameLists_AllGiveTheSamePlan()
    {
        // Arrange
        var backend = Backend(TimeSpan.FromMinutes(1));

        // Act
        var plans = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken)));

        // Assert
        Assert.All(plans, p => Assert.Equal(sample.Plan.Updates, p.Updates));
    }

    private AptBackend Backend(TimeSpan lockTimeout) => new(sample.Options with
    {
        AsRoot = false,
        CacheDirectory = _cache,
        PrivateListsLockTimeout = lockTimeout,
        Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = sample.World.ConfigPath },
    });
}
