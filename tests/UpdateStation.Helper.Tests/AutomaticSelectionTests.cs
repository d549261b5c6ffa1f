using UpdateStation.Helper.Automatic;
using UpdateStation.Packages.Model;
using UpdateStation.Settings;

namespace UpdateStation.Helper.Tests;

public sealed class AutomaticSelectionTests
{
    private static readonly UpdatePlan s_plan = new("apt", DateTimeOffset.UnixEpoch,
    [
        new PackageChange("alpha", ChangeAction.Upgrade, "1.0-1", "1.1-1"),
        new PackageChange("secpkg", ChangeAction.Upgrade, "1.0-1", "1.0-2", Security: true),
        new PackageChange("newdep", ChangeAction.Install, null, "2.0-1"),
        new PackageChange("halfdone", ChangeAction.Configure, "3.0-1", "3.0-1"),
    ], []);

    [Theory]
    [InlineData("all", "", "")]
    [InlineData("security", "", "alpha")]
    [InlineData("all", "alpha", "alpha")]
    [InlineData("all", "alpha=1.1-1", "alpha")]
    [InlineData("all", "alpha=1.2-1", "")]
    [InlineData("security", "secpkg", "alpha,secpkg")]
    [InlineData("all", "newdep", "newdep")]
    [InlineData("all", "halfdone", "")]
    public void LeftOut_Table(string updates, string ignore, string expected)
    {
        // Arrange
        IReadOnlyList<IgnoreRule> rules = [.. ignore.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => IgnoreRule.Parse(r)!)];

        // Act
        var left = AutomaticSelection.LeftOut(s_plan, Enum.Parse<AutomaticUpdates>(updates, ignoreCase: true), rules);

        // Assert
        Assert.Equal(expected, string.Join(",", left.Select(l => l.Change.Name)));
    }

    [Fact]
    public void Refusal_APlanThatRemovesAPackage_NamesIt()
    {
        // Arrange
        var plan = s_plan with { Updates = [.. s_plan.Updates, new PackageChange("legacy-codec", ChangeAction.Remove, "1.0", null)] };

        // Act
        var refusal = AutomaticSelection.Refusal(plan, AutomaticUpdates.All, []);

        // Assert
        Assert.Contains("removes legacy-codec", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_APlanOfAllowedChanges_IsNull() =>
        Assert.Null(AutomaticSelection.Refusal(s_plan, AutomaticUpdates.All, []));
}
