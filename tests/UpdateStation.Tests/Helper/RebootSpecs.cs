using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>`reboot` restarts only when the system says so; stand-ins for freebsd-version and shutdown come first on the helper's PATH.</summary>
public sealed class RebootSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Create(rootOnly: true).Publish();
    private readonly HelperInstall _helper;

    public RebootSpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
        _helper.AddProgram("shutdown", $"#!/bin/sh\necho \"$*\" >> {ShutdownCallsPath}\n");
    }

    private string ShutdownCallsPath => Path.Combine(_helper.Directory, "shutdown-calls");

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 30000)]
    public async Task A_kernel_installed_but_not_running_leads_to_a_restart()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        _helper.AddProgram("freebsd-version", "#!/bin/sh\ncase \"$1\" in -k) echo 14.3-RELEASE-p5 ;; -r) echo 14.3-RELEASE-p4 ;; esac\n");

        // Act
        var run = await _helper.RunAsync(["reboot"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["-r now"], File.ReadAllLines(ShutdownCallsPath));
        Assert.Contains("the installed kernel 14.3-RELEASE-p5 is not the running 14.3-RELEASE-p4", File.ReadAllText(_helper.LogPath), StringComparison.Ordinal);
    }

    [Fact(Timeout = 30000)]
    public async Task Without_a_reason_to_restart_nothing_happens()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot && !File.Exists("/run/reboot-required"), "Needs root, and a machine that does not need a restart itself.");

        // Arrange
        _helper.AddProgram("freebsd-version", "#!/bin/sh\necho 14.3-RELEASE-p4\n");

        // Act
        var run = await _helper.RunAsync(["reboot"], TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("failed", run.Last("error").GetProperty("code").GetString());
        Assert.False(File.Exists(ShutdownCallsPath));
    }
}
