using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>
/// The parser on text the real pkg printed (2.8.99, `pkg upgrade -n` on PkgWorld.Sample with REPO_AUTOUPDATE=no): a locked
/// package announced mid-progress, a file conflict before the plan, two repositories named, a reinstall with its reason.
/// </summary>
public sealed class PkgRealOutputParserTests
{
    [Fact]
    public void Parse_RealSamplePlan_ReadsEveryEntry()
    {
        // Arrange
        var text = Fixture.Read("real-2.8.99-upgrade-n.txt");

        // Act
        var plan = PkgOutputParser.Parse(text);

        // Assert
        Assert.Equal(
            ["libnew:Install", "bash:Upgrade", "curl:Upgrade", "git:Upgrade", "pkg:Upgrade", "zsh:Upgrade", "vim:Reinstall", "oldsh:Remove"],
            plan.Updates.Select(u => $"{u.Name}:{u.Action}"));
        Assert.Equal("extra", plan.Updates.Single(u => u.Name == "git").Repository);
        Assert.Equal("option changed: X11 (off -> on)", plan.Updates.Single(u => u.Name == "vim").Reason);
        Assert.Equal(("firefox", "121.0,2"), (plan.Held.Single().Name, plan.Held.Single().CurrentVersion));
        Assert.True(plan.SelfUpgradeFirst);
        Assert.Null(plan.DownloadBytes);
    }
}
