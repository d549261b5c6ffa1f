using FsCheck.Xunit;
using UpdateStation.Packages.Model;
using UpdateStation.Rendering;

namespace UpdateStation.Tests.Units.Rendering;

/// <summary>The sentence under a plan: each kind counted apart, removals never as updates, security among the changes.</summary>
public sealed class PlanSummaryTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OnlyUpgrades_WithSecurity_SaysOfWhich()
    {
        var plan = Plan(Change(ChangeAction.Upgrade, security: true), Change(ChangeAction.Upgrade), Change(ChangeAction.Upgrade, security: true));

        Assert.Equal("3 upgrades, of which 2 are security updates.", PlanSummary.Counts(plan));
    }

    [Fact]
    public void OneSecurityUpgrade_Singular()
    {
        Assert.Equal("1 upgrade, of which 1 is a security update.", PlanSummary.Counts(Plan(Change(ChangeAction.Upgrade, security: true))));
    }

    [Fact]
    public void OnlyRemovals_AreRemovalsNotUpdates()
    {
        var counts = PlanSummary.Counts(Plan(Change(ChangeAction.Remove), Change(ChangeAction.Remove)));

        Assert.Equal("2 removals.", counts);
    }

    [Fact]
    public void SeveralKinds_CountedApart_SecurityAmongThem()
    {
        var plan = Plan(
            Change(ChangeAction.Upgrade, security: true), Change(ChangeAction.Upgrade), Change(ChangeAction.Upgrade),
            Change(ChangeAction.Install), Change(ChangeAction.Install), Change(ChangeAction.Remove),
            Change(ChangeAction.Downgrade), Change(ChangeAction.Reinstall), Change(ChangeAction.Configure));

        Assert.Equal(
            "9 changes: 3 upgrades, 2 new, 1 downgrade, 1 reinstall, 1 removal, 1 to finish configuring; 1 of them is a security update.",
            PlanSummary.Counts(plan));
    }

    [Fact]
    public void Sizes_DownloadAndDiskGrowthOrSpaceFreed()
    {
        var growing = Plan(Change(ChangeAction.Upgrade)) with { DownloadBytes = 3 * 1024 * 1024, DiskChangeBytes = 1024 * 1024 };
        var shrinking = Plan(Change(ChangeAction.Remove)) with { DiskChangeBytes = -2 * 1024 * 1024 };

        Assert.Equal("1 upgrade. 3.0 MiB to download, 1.0 MiB more disk space.", PlanSummary.Counts(growing));
        Assert.Equal("1 removal. 2.0 MiB of disk space freed.", PlanSummary.Counts(shrinking));
    }

    [Property(MaxTest = 300)]
    public bool AnyMix_TheKindsAddUpToTheChanges_AndNoRemovalIsAnUpdate(byte upgrades, byte removals, byte installs, byte security)
    {
        var changes = Enumerable.Repeat(ChangeAction.Upgrade, upgrades % 20)
            .Concat(Enumerable.Repeat(ChangeAction.Remove, removals % 20))
            .Concat(Enumerable.Repeat(ChangeAction.Install, installs % 20))
            .Select((action, i) => Change(action, security: action == ChangeAction.Upgrade && i < security % 20))
            .ToArray();
        if (changes.Length == 0)
        {
            return true;
        }

        var counts = PlanSummary.Counts(Plan(changes));

        var numbers = System.Text.RegularExpressions.Regex.Matches(counts, @"(\d+) (upgrades?|removals?|new)\b")
            .ToDictionary(m => m.Groups[2].Value.TrimEnd('s'), m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return numbers.GetValueOrDefault("upgrade") == upgrades % 20
            && numbers.GetValueOrDefault("removal") == removals % 20
            && numbers.GetValueOrDefault("new") == installs % 20
            && numbers.Values.Sum() == changes.Length
            && counts.Contains("security", StringComparison.Ordinal) == changes.Any(c => c.Security);
    }

    [Fact]
    public void Catalogue_RefreshedJustNow()
    {
        var plan = Plan(Change(ChangeAction.Upgrade)) with { CatalogueRefreshed = true };

        Assert.Equal("Package catalogue refreshed just now.", PlanSummary.Catalogue(plan, s_now, refreshRequested: true));
    }

    [Theory]
    [InlineData(0.5, false, "Package catalogue not refreshed; last refreshed 2026-12-04 11:59 UTC (just now).")]
    [InlineData(90, false, "Package catalogue not refreshed; last refreshed 2026-12-04 10:30 UTC (1 hour ago).")]
    [InlineData(30, true, "Package catalogue not refreshed (refreshing it needs root); last refreshed 2026-12-04 11:30 UTC (30 minutes ago).")]
    [InlineData(3 * 24 * 60, false, "Package catalogue not refreshed; last refreshed 2026-12-01 12:00 UTC (3 days ago).")]
    public void Catalogue_NotRefreshed_SaysItsAge(double minutesOld, bool refreshRequested, string expected)
    {
        var plan = Plan(Change(ChangeAction.Upgrade)) with { CatalogueUpdatedAt = s_now.AddMinutes(-minutesOld).ToOffset(TimeSpan.FromHours(2)) };

        Assert.Equal(expected, PlanSummary.Catalogue(plan, s_now, refreshRequested));
    }

    private static PackageChange Change(ChangeAction action, bool security = false) =>
        new($"p{Guid.NewGuid():N}", action, "1", action == ChangeAction.Remove ? null : "2", Security: security);

    private static UpdatePlan Plan(params PackageChange[] changes) => new("apt", s_now, changes, []);
}
