using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Model;

public sealed class PlanFingerprintTests
{
    private static readonly PackageChange s_alpha = new("alpha", ChangeAction.Upgrade, "1.0-1", "1.1-1");
    private static readonly PackageChange s_newdep = new("newdep", ChangeAction.Install, null, "1.0-1");

    [Fact]
    public void Of_TwoChanges_IsSha256OverSortedTabSeparatedLines()
    {
        // Arrange: printf 'alpha\tupgrade\t1.0-1\t1.1-1\nnewdep\tinstall\t\t1.0-1\n' | sha256sum
        const string expected = "87f0481175d4d021b2b27b237c86e036047e96a9a6d874952935654cb97488be";

        // Act
        var fingerprint = PlanFingerprint.Of([s_newdep, s_alpha]);

        // Assert
        Assert.Equal(expected, fingerprint);
    }

    [Fact]
    public void Of_NoChanges_IsTheHashOfNothing()
    {
        // Act
        var fingerprint = PlanFingerprint.Of([]);

        // Assert
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", fingerprint);
    }

    [Fact]
    public void Of_SameChangesInAnotherOrder_IsTheSame()
    {
        // Act
        var one = PlanFingerprint.Of([s_alpha, s_newdep]);
        var other = PlanFingerprint.Of([s_newdep, s_alpha]);

        // Assert
        Assert.Equal(one, other);
    }

    [Fact]
    public void Of_PlansDifferingOnlyInWhereTheyComeFrom_IsTheSame()
    {
        // Arrange
        var plain = new UpdatePlan("apt", DateTimeOffset.UnixEpoch, [s_alpha], []);
        var other = new UpdatePlan("apt", DateTimeOffset.Now, [s_alpha with { Repository = "Debian-Security", Security = true }], [new HeldPackage("x", "1")], DownloadBytes: 5);

        // Act, Assert
        Assert.Equal(PlanFingerprint.Of(plain), PlanFingerprint.Of(other));
    }

    [Theory]
    [InlineData("alpha", ChangeAction.Upgrade, "1.0-1", "1.2-1")]
    [InlineData("alpha", ChangeAction.Upgrade, "0.9-1", "1.1-1")]
    [InlineData("alpha", ChangeAction.Reinstall, "1.0-1", "1.1-1")]
    [InlineData("alpha2", ChangeAction.Upgrade, "1.0-1", "1.1-1")]
    public void Of_AnyChangedField_Differs(string name, ChangeAction action, string current, string next)
    {
        // Act
        var changed = PlanFingerprint.Of([new PackageChange(name, action, current, next)]);

        // Assert
        Assert.NotEqual(PlanFingerprint.Of([s_alpha]), changed);
    }

    [Fact]
    public void Of_APackageAdded_Differs()
    {
        // Act, Assert
        Assert.NotEqual(PlanFingerprint.Of([s_alpha]), PlanFingerprint.Of([s_alpha, s_newdep]));
    }

    [Theory]
    [InlineData("87f0481175d4d021b2b27b237c86e036047e96a9a6d874952935654cb97488be", true)]
    [InlineData("87F0481175D4D021B2B27B237C86E036047E96A9A6D874952935654CB97488BE", false)]
    [InlineData("87f0", false)]
    [InlineData("87f0481175d4d021b2b27b237c86e036047e96a9a6d874952935654cb97488bz", false)]
    [InlineData("", false)]
    public void IsWellFormed_ChecksLengthAndLowercaseHex(string text, bool expected)
    {
        // Act, Assert
        Assert.Equal(expected, PlanFingerprint.IsWellFormed(text));
    }
}
