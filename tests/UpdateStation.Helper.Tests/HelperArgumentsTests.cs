using UpdateStation.Packages.Model;
using UpdateStation.Settings;
using UpdateStation.Upgrade.Elevation;

namespace UpdateStation.Helper.Tests;

public sealed class HelperArgumentsTests
{
    private const string Plan = "87f0481175d4d021b2b27b237c86e036047e96a9a6d874952935654cb97488be";

    [Fact]
    public void TryParse_UpgradeWithPlan_KeepsTheBootEnvironment()
    {
        // Act
        var ok = HelperArguments.TryParse(["upgrade", "--plan", Plan], out var arguments, out _);

        // Assert
        Assert.True(ok);
        Assert.Equal(new HelperArguments(HelperVerb.Upgrade, Plan, BootEnvironment: true), arguments);
    }

    [Fact]
    public void TryParse_NoBootEnvironmentBeforePlan_IsAccepted()
    {
        // Act
        var ok = HelperArguments.TryParse(["upgrade", "--no-boot-environment", "--plan", Plan], out var arguments, out _);

        // Assert
        Assert.True(ok);
        Assert.False(arguments!.BootEnvironment);
    }

    [Theory]
    [InlineData("refresh")]
    [InlineData("reboot")]
    public void TryParse_BareVerb_IsAccepted(string verb)
    {
        // Act, Assert
        Assert.True(HelperArguments.TryParse([verb], out _, out _));
    }

    [Theory]
    [InlineData(true, "upgrade --plan " + Plan)]
    [InlineData(false, "upgrade --plan " + Plan + " --no-boot-environment")]
    public void Upgrade_Arguments_AreTheWordsTheHelperParsesBack(bool bootEnvironment, string expected)
    {
        // Arrange
        var command = HelperArguments.Upgrade(Plan, bootEnvironment);

        // Act
        var ok = HelperArguments.TryParse([.. command.Arguments], out var parsed, out _);

        // Assert
        Assert.Equal(expected, string.Join(' ', command.Arguments));
        Assert.True(ok);
        Assert.Equal(command, parsed);
    }

    [Fact]
    public void Upgrade_OfAPlanWithIgnoredChanges_PassesEachRuleOnceAndParsesBack()
    {
        // Arrange: two changes left out by one rule, one by another.
        var alpha = new IgnoreRule("alpha", null);
        var beta = new IgnoreRule("beta", "2.0-1");
        UpdatePlan plan = new("apt", default, [new PackageChange("gamma", ChangeAction.Upgrade, "1", "2")], [])
        {
            Ignored =
            [
                new(new PackageChange("alpha", ChangeAction.Upgrade, "1", "2"), alpha),
                new(new PackageChange("beta", ChangeAction.Upgrade, "1", "2.0-1"), beta),
                new(new PackageChange("alpha", ChangeAction.Install, null, "2"), alpha),
            ],
        };
        var command = HelperArguments.Upgrade(plan, bootEnvironment: true);

        // Act
        var ok = HelperArguments.TryParse([.. command.Arguments], out var parsed, out _);

        // Assert
        Assert.Equal($"upgrade --plan {PlanFingerprint.Of(plan)} --ignore alpha --ignore beta=2.0-1", string.Join(' ', command.Arguments));
        Assert.True(ok);
        Assert.Equal([alpha, beta], parsed!.Ignore!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("al pha")]
    [InlineData("alpha=")]
    [InlineData("=1.0")]
    [InlineData("alpha=1=2")]
    [InlineData("alpha\u001b[2J")]
    public void TryParse_AMalformedIgnoreRule_FailsWithOneLine(string rule)
    {
        // Act
        var ok = HelperArguments.TryParse(["upgrade", "--plan", Plan, "--ignore", rule], out var arguments, out var error);

        // Assert
        Assert.False(ok);
        Assert.Null(arguments);
        Assert.Contains("is not an ignore rule", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void RefreshAndReboot_Arguments_AreOneWordTheHelperParsesBack()
    {
        // Act
        var words = new[] { HelperArguments.Refresh, HelperArguments.Reboot }.Select(c => c.Arguments).ToList();

        // Assert
        Assert.Equal([["refresh"], ["reboot"]], words);
        Assert.All(words, w => Assert.True(HelperArguments.TryParse([.. w], out _, out _)));
    }

    [Theory]
    [InlineData("--plan", Plan)]
    [InlineData("upgrade", "--plan")]
    [InlineData("upgrade", "--plan=" + Plan)]
    [InlineData("upgrade", "--no-boot-environment", "--no-boot-environment", "--plan", Plan)]
    [InlineData("Upgrade", "--plan", Plan)]
    [InlineData("refresh", "refresh")]
    [InlineData("upgrade", "--plan", Plan, "--ignore")]
    public void TryParse_AnythingElse_FailsWithOneLine(params string[] args)
    {
        // Act
        var ok = HelperArguments.TryParse(args, out var arguments, out var error);

        // Assert
        Assert.False(ok);
        Assert.Null(arguments);
        Assert.DoesNotContain('\n', error);
        Assert.EndsWith(".", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ControlCharactersInAVerb_AreNotRepeated()
    {
        // Act
        var ok = HelperArguments.TryParse(["\u001b[2Jx" + new string('a', 100)], out _, out var error);

        // Assert
        Assert.False(ok);
        Assert.DoesNotContain('\u001b', error);
        Assert.Contains("?[2Jx", error, StringComparison.Ordinal);
        Assert.True(error.Length < 160, error);
    }
}
