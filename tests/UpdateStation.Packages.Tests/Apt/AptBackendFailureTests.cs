using UpdateStation.Packages.Apt;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Broken sources, unreachable repositories and misbehaving apt-get programs end in one clear line.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AptBackendFailureTests : IDisposable
{
    private readonly AptWorld _world = AptWorld.Create()
        .Offer(new AptPackage("alpha", "1.1-1"))
        .Install(new AptPackage("alpha", "1.0-1"));

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Check_MalformedSource_FailsWithAptsOwnLine()
    {
        // Arrange
        _world.AddSourceLine("deb garbage").Publish();
        var backend = new AptBackend(new AptBackendOptions { AsRoot = true, Environment = _world.Environment });

        // Act
        var exception = await Record.ExceptionAsync(() => backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("Malformed entry", Assert.IsAssignableFrom<BackendException>(exception).Message, StringComparison.Ordinal);
        ExceptionAssert.IsOneClearLine(exception);
    }

    [Theory]
    [InlineData("deb [trusted=yes] file:/nonexistent/update-station-tests ./", "Failed to fetch file:/nonexistent/update-station-tests")]
    [InlineData("deb [trusted=yes] http://127.0.0.1:9/debian bookworm main", "Failed to fetch http://127.0.0.1:9/")]
    public async Task Check_OneDeadSourceAmongGoodOnes_PlansFromTheOthersAndCarriesTheFailure(string sourceLine, string expected)
    {
        // Arrange
        _world.AddSourceLine(sourceLine).Publish();
        var backend = new AptBackend(new AptBackendOptions { AsRoot = true, Environment = _world.Environment });

        // Act
        var plan = await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("alpha", Assert.Single(plan.Updates).Name);
        Assert.Contains(expected, Assert.Single(plan.RefreshErrors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_EverySourceDead_FailsInsteadOfTrustingOldLists()
    {
        // Arrange: a first refresh fills the lists, then every repository vanishes.
        _world.Publish();
        var backend = new AptBackend(new AptBackendOptions { AsRoot = true, Environment = _world.Environment });
        await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);
        Directory.Delete(Path.Combine(_world.Directory, "repos"), recursive: true);

        // Act
        var exception = await Record.ExceptionAsync(() => backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("failed for every source", Assert.IsAssignableFrom<BackendException>(exception).Message, StringComparison.Ordinal);
        ExceptionAssert.IsOneClearLine(exception);
    }

    [Fact]
    public async Task Check_StandInPrintsGarbage_FailsInsteadOfUpToDate()
    {
        // Arrange
        var backend = WithStandIn("echo 'Segmentation fault (core dumped)'; echo 'Inst nonsense'; exit 0");

        // Act
        var exception = await Record.ExceptionAsync(() => backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("no summary line", Assert.IsType<BackendException>(exception).Message, StringComparison.Ordinal);
        ExceptionAssert.IsOneClearLine(exception);
    }

    [Fact]
    public async Task Check_StandInExitsNonZero_FailsNamingAptsError()
    {
        // Arrange
        var backend = WithStandIn("echo 'Reading package lists...'; echo 'E: The package cache file is corrupted' >&2; echo 'E: second error' >&2; exit 100");

        // Act
        var exception = await Record.ExceptionAsync(() => backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken));

        // Assert
        var failed = Assert.IsType<PackageManagerFailedException>(exception);
        Assert.Equal((100, true), (failed.ExitCode, failed.Message.Contains("The package cache file is corrupted", StringComparison.Ordinal)));
        ExceptionAssert.IsOneClearLine(exception);
    }

    [Fact]
    public async Task Upgrade_StandInExitsNonZero_FailsWithRecoveryHint()
    {
        // Arrange
        var backend = WithStandIn("""
            case "$*" in
              *-s*) echo 'Inst alpha [1.0-1] (1.1-1 Tests-main:bookworm [all])'; echo '1 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.'; exit 0;;
              *print-uris*) exit 0;;
            esac
            echo 'pmerror:/cache/alpha_1.1-1_all.deb:50.0000:new alpha package pre-installation script subprocess returned error exit status 1' >&2
            echo 'E: Sub-process /usr/bin/dpkg returned an error code (1)' >&2
            exit 100
            """);

        // Act
        var exception = await Record.ExceptionAsync(() => backend.UpgradeAsync(new RecordingProgress(), TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("dpkg --configure -a", Assert.IsType<PackageManagerFailedException>(exception).Message, StringComparison.Ordinal);
        ExceptionAssert.IsOneClearLine(exception);
    }

    [Fact]
    public async Task Check_AptGetMissing_FailsWithOneLine()
    {
        // Arrange
        var backend = new AptBackend(new AptBackendOptions { AsRoot = true, AptGet = "/nonexistent/apt-get" });

        // Act
        var exception = await Record.ExceptionAsync(() => backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken));

        // Assert
        ExceptionAssert.IsOneClearLine(Assert.IsAssignableFrom<BackendException>(exception));
    }

    /// <summary>A backend whose apt-get is a tiny sh script in a temporary bin directory.</summary>
    private AptBackend WithStandIn(string script)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_world.Directory, "bin")).FullName;
        var path = Path.Combine(bin, "apt-get");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        return new AptBackend(new AptBackendOptions { AsRoot = true, AptGet = path, RunDirectory = _world.Directory });
    }
}
