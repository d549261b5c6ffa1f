namespace UpdateStation.Gtk.Tests;

public sealed class InstallSummaryTests
{
    [Fact]
    public void Of_MixedPlan_CountsAndNamesEachActionWithRemovalsLast()
    {
        // Arrange
        UpdatePlan plan = Plans.With(new("gone", ChangeAction.Remove, "1", null), Plans.Upgrade("a"), Plans.Upgrade("b"), new("fresh", ChangeAction.Install, null, "1"));

        // Act
        IReadOnlyList<string> summary = InstallSummary.Of(plan);

        // Assert
        Assert.Equal(["Upgraded 2 packages: a, b", "Installed 1 new package: fresh", "Removed 1 package: gone"], summary);
    }

    [Fact]
    public void Of_ManyUpgrades_NamesTheFirstAndCountsTheRest()
    {
        // Arrange
        UpdatePlan plan = Plans.With([.. Enumerable.Range(0, InstallSummary.NamesShown + 3).Select(i => Plans.Upgrade($"p{i}"))]);

        // Act
        string line = Assert.Single(InstallSummary.Of(plan));

        // Assert
        Assert.StartsWith("Upgraded 15 packages: p0, p1,", line, StringComparison.Ordinal);
        Assert.EndsWith("p11 and 3 more", line, StringComparison.Ordinal);
    }
}
