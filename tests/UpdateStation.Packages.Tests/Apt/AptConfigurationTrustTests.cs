using UpdateStation.Packages.Apt;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>The helper's gate before each apt run: what apt reads, as apt-config says, must be root's alone from / down.</summary>
/// <remarks>
/// Only apt's configuration matters here, so the class shares one world without packages, built by the first test that
/// runs; the tests that change its configuration (a drop-in, a line in apt.conf) have it reset after them.
/// </remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AptConfigurationTrustTests(AptConfigurationTrustTests.RootsWorld shared) : IClassFixture<AptConfigurationTrustTests.RootsWorld>, IDisposable
{
    private AptWorld World => shared.World;

    public void Dispose()
    {
        if (shared.IsBuilt)
        {
            World.ResetConfiguration();
        }
    }

    private string Parts => Path.Combine(World.Directory, "etc", "apt.conf.d");

    [Fact]
    public async Task ThrowIfUntrusted_RootsWorld_Passes()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Act
        var exception = await Record.ExceptionAsync(() => CheckAsync());

        // Assert
        Assert.Null(exception);
    }

    [Fact]
    public async Task ThrowIfUntrusted_TheHostsOwnConfiguration_Passes()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && File.Exists("/usr/bin/apt-config"), "Needs root and apt.");

        // Act: a stock Debian system (its trusted.gpg.d holds links into /usr/share/keyrings, /bin is a link).
        var exception = await Record.ExceptionAsync(() => AptConfigurationTrust.ThrowIfUntrustedAsync(
            "apt-config", new Dictionary<string, string?> { ["APT_CONFIG"] = null }, TestContext.Current.CancellationToken));

        // Assert
        Assert.Null(exception);
    }

    [Fact]
    public async Task ThrowIfUntrusted_IncludeOfAFileUnderTmp_NamesTmp()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Arrange: a root-owned drop-in that pulls in a file from where anyone may rename things.
        var included = Path.GetTempFileName();
        File.WriteAllText(Path.Combine(Parts, "10include"), $"#include \"{included}\";\n");

        // Act
        var exception = await Assert.ThrowsAsync<UntrustedConfigurationException>(CheckAsync);
        File.Delete(included);

        // Assert
        Assert.Contains($"a file included by '{Parts}/10include' is not root's alone: '/tmp' can be written by others than root (mode 1777)", exception.Message, StringComparison.Ordinal);
        ExceptionAssert.IsOneClearLine(exception);
    }

    [Fact]
    public async Task ThrowIfUntrusted_RelativeInclude_IsRefused()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Arrange: apt opens it from whatever directory it was started in (sudo keeps the caller's).
        File.WriteAllText(World.ConfigPath, File.ReadAllText(World.ConfigPath) + "#include evil.conf;\n");

        // Act
        var exception = await Assert.ThrowsAsync<UntrustedConfigurationException>(CheckAsync);

        // Assert
        Assert.Contains("it includes 'evil.conf', which is not an absolute path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrowIfUntrusted_DpkgUnderTmp_NamesTmp()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Only root can make a tree only root can change.");

        // Arrange
        File.WriteAllText(Path.Combine(Parts, "50dpkg"), "Dir::Bin::dpkg \"/tmp/update-station-dpkg\";\n");

        // Act
        var exception = await Assert.ThrowsAsync<UntrustedConfigurationException>(CheckAsync);

        // Assert
        Assert.StartsWith("The helper will not run apt: apt's Dir::Bin::dpkg is not root's alone: '/tmp' can be written", exception.Message, StringComparison.Ordinal);
    }

    private Task CheckAsync() =>
        AptConfigurationTrust.ThrowIfUntrustedAsync("apt-config", World.Environment, TestContext.Current.CancellationToken);

    /// <summary>An empty world in a tree only root can change.</summary>
    public sealed class RootsWorld() : SharedAptWorld(() => AptWorld.Create(rootOnly: true).Publish());
}
