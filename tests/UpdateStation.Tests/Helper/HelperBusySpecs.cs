using System.Diagnostics;
using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>A second upgrade while packages are changing is refused as busy, whoever is changing them.</summary>
public sealed class HelperBusySpecs : IDisposable
{
    private readonly AptWorld _world;
    private readonly HelperInstall _helper;

    public HelperBusySpecs()
    {
        // dpkg waits at --configure until the spec has tried its second upgrade: packages are changing all that time.
        _world = AptWorld.Sample(rootOnly: true);
        _world.UseDpkgWrapper(configureGate: _world.ConfigureGatePath).Publish();
        _helper = HelperInstall.Create(_world.ConfigPath);
    }

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 240000)]
    public async Task A_second_helper_while_the_first_changes_packages_is_refused_as_busy()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        using var first = _helper.Start(["upgrade", "--plan", fingerprint, "--no-boot-environment"]);
        var firstOutput = first.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(_world.DpkgConfigureBegan, TimeSpan.FromSeconds(60), () => "the first helper's dpkg configures");

        // Act
        var second = await _helper.RunAsync(["upgrade", "--plan", fingerprint, "--no-boot-environment"], TestContext.Current.CancellationToken);
        _world.OpenConfigureGate();
        await first.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Assert
        AssertBusy(second);
        Assert.True(first.ExitCode == 0, new HelperRun(first.ExitCode, await firstOutput, "").ToString());
    }

    [Fact(Timeout = 240000)]
    public async Task An_upgrade_while_apt_changes_packages_in_a_terminal_is_refused_as_busy()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: an administrator's own apt-get, mid-change.
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in new[] { "-y", "-o", "Dpkg::Use-Pty=0", "dist-upgrade" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["APT_CONFIG"] = _world.ConfigPath;
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var terminal = Process.Start(start)!;
        var terminalOutput = terminal.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = terminal.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(_world.DpkgConfigureBegan, TimeSpan.FromSeconds(60), () => "apt-get's dpkg configures");

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint, "--no-boot-environment"], TestContext.Current.CancellationToken);
        _world.OpenConfigureGate();
        await terminal.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Assert
        AssertBusy(run);
        Assert.True(terminal.ExitCode == 0, await terminalOutput);
    }

    private void AssertBusy(HelperRun run)
    {
        Assert.True(run.ExitCode == 4, run.ToString());
        var error = run.Last("error");
        Assert.Equal("busy", error.GetProperty("code").GetString());
        Assert.Contains("Another upgrade is running", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(_helper.LogPath, error.GetProperty("log").GetString());
        Assert.DoesNotContain("step", run.EventNames);
    }
}
