using UpdateStation.Packages.Model;
using UpdateStation.Settings;

namespace UpdateStation.Packages.Tests.Model;

public sealed class IgnoredChangeTests
{
    private static readonly PackageChange[] s_changes =
    [
        new("alpha", ChangeAction.Upgrade, "1.0-1", "1.1-1"),
        new("beta", ChangeAction.Install, null, "2.0-1"),
        new("gamma", ChangeAction.Configure, "3.0-1", "3.0-1"),
        new("delta", ChangeAction.Remove, "4.0-1", null),
    ];

    [Theory]
    [InlineData("alpha", "alpha")]
    [InlineData("alpha=1.1-1", "alpha")]
    [InlineData("alpha=1.0-1", "")]
    [InlineData("alpha=1.0-9", "")]
    [InlineData("beta,delta", "beta,delta")]
    [InlineData("gamma", "")]
    [InlineData("Alpha", "")]
    [InlineData("", "")]
    public void Select_ByNameOrByTheNewVersion_NeverAPackageBeingConfigured(string rules, string expected)
    {
        // Arrange
        IReadOnlyList<IgnoreRule> parsed = [.. rules.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => IgnoreRule.Parse(r)!)];

        // Act
        var ignored = IgnoredChange.Select(s_changes, parsed);

        // Assert
        Assert.Equal(expected, string.Join(',', ignored.Select(i => i.Change.Name)));
    }

    [Fact]
    public void Select_TwoRulesNameOneChange_TheFirstIsItsRule()
    {
        // Act
        var ignored = IgnoredChange.Select(s_changes, [new IgnoreRule("alpha", "1.1-1"), new IgnoreRule("alpha", null)]);

        // Assert
        Assert.Equal(new IgnoreRule("alpha", "1.1-1"), Assert.Single(ignored).Rule);
    }

    [Fact]
    public void RulesOf_EachRuleOnceInItsOrder()
    {
        // Arrange
        var alpha = new IgnoreRule("alpha", null);
        var beta = new IgnoreRule("beta", null);
        IgnoredChange[] ignored = [new(s_changes[0], alpha), new(s_changes[1], beta), new(s_changes[0] with { Action = ChangeAction.Install }, alpha)];

        // Act, Assert
        Assert.Equal([alpha, beta], IgnoredChange.RulesOf(ignored));
    }
}
