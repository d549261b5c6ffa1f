using UpdateStation.Packages.Model;
using UpdateStation.Upgrade;

namespace UpdateStation.Helper.Tests;

/// <summary>Room before work: the plan's sizes against free space, with the filesystems injected.</summary>
public sealed class RoomCheckTests
{
    private const long MB = 1024 * 1024;

    [Theory]
    [InlineData(50, 20, 100, 100, true, null)]
    [InlineData(150, 20, 100, 100, false, "/cache needs")]
    [InlineData(50, 120, 100, 100, false, "/ needs")]
    [InlineData(60, 60, 100, 100, true, "/cache needs")] // One filesystem: 120 MB needed of 100.
    [InlineData(60, 60, 200, 200, true, null)]
    [InlineData(50, -80, 100, 10, false, null)] // Freeing space needs none.
    public void Problem_Table(long downloadMb, long diskMb, long cacheFreeMb, long rootFreeMb, bool oneFilesystem, string? expected)
    {
        // Arrange
        var plan = Plan(new PackageChange("alpha", ChangeAction.Upgrade, "1", "2", DownloadBytes: downloadMb * MB, DiskChangeBytes: diskMb * MB));

        // Act
        var problem = RoomCheck.Problem(plan, "/cache", path => (path == "/cache" ? cacheFreeMb : rootFreeMb) * MB, path => oneFilesystem || path != "/cache" ? 1UL : 2UL);

        // Assert
        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
            Assert.Contains("Nothing was changed", problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Problem_UnknownSizes_ChecksNothing()
    {
        // Arrange
        var plan = Plan(new PackageChange("alpha", ChangeAction.Upgrade, "1", "2"));

        // Act
        var problem = RoomCheck.Problem(plan, "/cache", _ => 0, _ => 1);

        // Assert
        Assert.Null(problem);
    }

    [Fact]
    public void Problem_SaysHowMuchIsMissing()
    {
        // Arrange
        var plan = Plan(new PackageChange("alpha", ChangeAction.Upgrade, "1", "2", DownloadBytes: 300 * MB, DiskChangeBytes: 0));

        // Act
        var problem = RoomCheck.Problem(plan, "/cache", _ => 100 * MB, path => path == "/cache" ? 2UL : 1UL);

        // Assert
        Assert.Contains($"/cache needs {ByteSize.Format(200 * MB)} more", problem, StringComparison.Ordinal);
    }

    private static UpdatePlan Plan(params PackageChange[] changes) => new("apt", DateTimeOffset.UnixEpoch, changes, []);
}
