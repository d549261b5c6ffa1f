using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Real apt (a user's private configuration) reads each change's details from the package records.</summary>
public sealed class AptBackendDetailsTests(DetailsWorldFixture details) : IClassFixture<DetailsWorldFixture>
{
    [Fact]
    public void Check_Upgrade_DownloadsTheCandidatesSize()
    {
        // Arrange
        var deb = Path.Combine(details.World.RepositoryDirectory(AptWorld.Main), "alpha_1.1-1_all.deb");

        // Act
        var change = details.Change("alpha");

        // Assert
        Assert.Equal(new FileInfo(deb).Length, change.DownloadBytes);
    }

    [Theory]
    [InlineData("alpha", (150 - 100) * 1024L)]
    [InlineData("newdep", 40 * 1024L)]
    [InlineData("oldie", -30 * 1024L)]
    public void Check_Change_DiskChangeIsInstalledSizeAfterMinusBefore(string name, long expected)
    {
        // Arrange, Act
        var change = details.Change(name);

        // Assert
        Assert.Equal(expected, change.DiskChangeBytes);
    }

    [Fact]
    public void Check_Removal_DownloadsNothing()
    {
        // Arrange, Act
        var change = details.Change("oldie");

        // Assert
        Assert.Null(change.DownloadBytes);
    }

    [Fact]
    public void Check_Upgrade_SummaryDescriptionAndHomepageAreTheNewVersions()
    {
        // Arrange, Act
        var change = details.Change("alpha");

        // Assert
        Assert.Equal(
            ("frobnicates widgets", "Alpha frobnicates the widgets of a whole desk.\n\n  verbatim line\n\nSecond paragraph.", "https://alpha.example.invalid/"),
            (change.Summary, change.Description, change.Homepage));
    }

    [Theory]
    [InlineData("newdep", "a new dependency of delta 2.0-1")]
    [InlineData("oldie", "broken by epsilon 2.0-1")]
    [InlineData("oldconf", "conflicts with zeta 2.0-1")]
    public void Check_NewOrRemovedPackage_SaysWhy(string name, string reason)
    {
        // Arrange, Act
        var change = details.Change(name);

        // Assert
        Assert.Equal(reason, change.Reason);
    }

    [Fact]
    public void Check_WithoutAptsOwnSizes_PlanTotalsAreTheSums()
    {
        // Arrange
        var plan = details.Plan;

        // Act
        var sums = (plan.Updates.Sum(u => u.DownloadBytes), plan.Updates.Sum(u => u.DiskChangeBytes));

        // Assert: 50 + 2 + 5 + 40 - 30 - 3 KiB.
        Assert.Equal(sums, (plan.DownloadBytes, plan.DiskChangeBytes));
        Assert.Equal(64 * 1024, plan.DiskChangeBytes);
    }

    [Fact]
    public async Task Changelog_Upgrade_OnlyTheEntriesNewerThanTheInstalledVersion()
    {
        // Arrange
        var backend = new AptBackend(details.Options);

        // Act
        var changelog = await backend.ChangelogAsync(details.Change("alpha"), TestContext.Current.CancellationToken);

        // Assert
        var entries = Assert.IsType<string>(changelog.Entries);
        Assert.StartsWith("alpha (1.1-1) bookworm; urgency=medium", entries, StringComparison.Ordinal);
        Assert.Contains("CVE-2026-1234", entries, StringComparison.Ordinal);
        Assert.DoesNotContain("(1.0-1)", entries, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changelog_SourceWithoutOne_SaysItIsUnavailable()
    {
        // Arrange
        var backend = new AptBackend(details.Options);

        // Act
        var changelog = await backend.ChangelogAsync(details.Change("gamma"), TestContext.Current.CancellationToken);

        // Assert
        Assert.Null(changelog.Entries);
        Assert.StartsWith("No changelog could be fetched for gamma 2.0-1: ", changelog.Unavailable, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changelog_NameThatIsAnOption_IsNeverPassedToApt()
    {
        // Arrange
        var backend = new AptBackend(details.Options);

        // Act
        var changelog = await backend.ChangelogAsync(new PackageChange("-oDir=/", ChangeAction.Upgrade, "1", "2"), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("'-oDir=/' is not a package name apt knows.", changelog.Unavailable);
    }

    [Fact]
    public async Task Changelog_Cancelled_Throws()
    {
        // Arrange
        var backend = new AptBackend(details.Options);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Act, Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => backend.ChangelogAsync(details.Change("alpha"), cancelled.Token));
    }

    [Fact]
    public async Task Changelog_LongerThanTheLimit_ShowsItsNewestEntriesAndSaysTheRestIsNotShown()
    {
        // Arrange: a changelog of 2,000 entries (about 400 KiB) read with a limit of 64 KiB.
        var huge = new AptPackage("huge", "3000-1");
        var entries = string.Join("\n", Enumerable.Range(1, 2000).Reverse().Select(n =>
            $"huge ({1000 + n}-1) bookworm; urgency=low\n\n  * Change number {n}, {new string('x', 120)}\n\n -- Update Station Tests <tests@example.invalid>  Mon, 01 Jun 2026 10:00:00 +0000\n"));
        using var world = AptWorld.Create().Offer(huge).Install(new AptPackage("huge", "1000-1")).Changelog(huge, entries);
        world.Publish();
        var cache = Directory.CreateTempSubdirectory("update-station-huge-changelog-");
        var options = details.Options with
        {
            CacheDirectory = cache.FullName, // the check's private lists are the world's: the fixture's cache keeps its own world's
            Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = world.ConfigPath },
            ChangelogLimit = 64 * 1024,
        };
        var backend = new AptBackend(options);
        var change = (await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken)).Updates.Single();

        // Act
        var changelog = await backend.ChangelogAsync(change, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(changelog.Entries is not null, changelog.Unavailable);
        var text = changelog.Entries;
        Assert.StartsWith("huge (3000-1) bookworm; urgency=low", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 32 * 1024, 64 * 1024 + 200);
        Assert.EndsWith("[The changelog is longer than 64 KiB; the rest is not shown.]\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(1001-1)", text, StringComparison.Ordinal);
        cache.Delete(recursive: true);
    }
}
