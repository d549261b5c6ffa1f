using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>apt's DPkg::Pre-Install-Pkgs input, protocol version 2 (apt.conf(5)): the configuration, an empty line, the actions.</summary>
public sealed class AptPlanHookTests
{
    private const string Input = """
        VERSION 2
        APT::Architecture=amd64
        Dir::State::status=/var/lib/dpkg/status

        oldie 1.0-1 > - **REMOVE**
        alpha 1.0-1 < 1.1-1 /srv/repo/alpha_1.1-1_all.deb
        newdep - < 1.0-1 /srv/repo/newdep_1.0-1_all.deb
        beta 1.0-1 < 1:2.0-1 /srv/repo/beta_2.0-1_all.deb
        alpha 1.0-1 < 1.1-1 **CONFIGURE**
        newdep - < 1.0-1 **CONFIGURE**
        stable 1.0-1 = 1.0-1 **CONFIGURE**

        """;

    private static readonly PackageChange[] s_plan =
    [
        new("oldie", ChangeAction.Remove, "1.0-1", null),
        new("alpha", ChangeAction.Upgrade, "1.0-1", "1.1-1", "Tests-main:bookworm"),
        new("newdep", ChangeAction.Install, null, "1.0-1"),
        new("beta", ChangeAction.Upgrade, "1.0-1", "1:2.0-1", Security: true),
        new("broken", ChangeAction.Configure, "1.0-1", "1.0-1"),
    ];

    [Fact]
    public void Parse_UnpacksRemovalsAndConfigures_GivesOneChangePerPackageLeavingOutConfigureOnly()
    {
        // Act
        var changes = AptPlanHook.Parse(new StringReader(Input));

        // Assert
        Assert.NotNull(changes);
        Assert.Equal(
            [("alpha", ChangeAction.Upgrade), ("beta", ChangeAction.Upgrade), ("newdep", ChangeAction.Install), ("oldie", ChangeAction.Remove)],
            changes.Select(c => (c.Name, c.Action)).Order());
    }

    [Fact]
    public void Verify_AptsPlanIsTheComparedOne_ExitsZeroSilently()
    {
        // Arrange
        var error = new StringWriter();

        // Act
        var status = AptPlanHook.Verify(new StringReader(Input), AptPlanHook.Fingerprint(s_plan), error);

        // Assert
        Assert.Equal((0, ""), (status, error.ToString()));
    }

    [Theory]
    [InlineData("gamma 2.0~rc1-1 < 2.0-1 /srv/repo/gamma_2.0-1_all.deb\n")]
    [InlineData("stable 1.0-1 = 1.0-1 /srv/repo/stable_1.0-1_all.deb\n")]
    public void Verify_AptWouldDoMore_ExitsOneWithTheRefusalLine(string extra)
    {
        // Arrange
        var error = new StringWriter();

        // Act
        var status = AptPlanHook.Verify(new StringReader(Input + extra), AptPlanHook.Fingerprint(s_plan), error);

        // Assert
        Assert.Equal(1, status);
        Assert.StartsWith(AptPlanHook.RefusalPrefix, error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Verify_InputInAnotherProtocol_Refuses()
    {
        // Act
        var status = AptPlanHook.Verify(new StringReader("/srv/repo/alpha_1.1-1_all.deb\n"), AptPlanHook.Fingerprint(s_plan), TextWriter.Null);

        // Assert
        Assert.Equal(1, status);
    }
}
