using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>Once packages change, the helper's run ends only at its end: signals are answered in the log, a reader that goes away only ends the events.</summary>
public sealed class HelperSafetySpecs : IDisposable
{
    private const int SIGHUP = 1, SIGINT = 2, SIGTERM = 15;

    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).UseDpkgWrapper(delaySeconds: 0.5).Publish();
    private readonly HelperInstall _helper;

    public HelperSafetySpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
    }

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 180000)]
    public async Task Signals_once_packages_change_are_answered_in_the_log_and_the_upgrade_runs_to_its_end()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        using var helper = _helper.Start(["upgrade", "--plan", fingerprint, "--no-boot-environment"]);
        var output = helper.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(() => File.Exists(_world.DpkgCallsPath), TimeSpan.FromSeconds(60), () => "dpkg never started");

        // Act
        foreach (var signal in new[] { SIGTERM, SIGINT, SIGHUP })
        {
            Signals.Send(helper.Id, signal);
        }

        await helper.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Assert
        var run = new HelperRun(helper.ExitCode, await output, "");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("done", run.EventNames);
        var log = File.ReadAllText(_helper.LogPath);
        Assert.Contains("SIGTERM refused", log, StringComparison.Ordinal);
        Assert.Contains("SIGHUP refused", log, StringComparison.Ordinal);
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
    }

    [Fact(Timeout = 180000)]
    public async Task A_reader_that_goes_away_only_ends_the_events()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        using var helper = _helper.Start(["upgrade", "--plan", fingerprint, "--no-boot-environment"]);
        _ = helper.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string? line;
        while ((line = await helper.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken)) is not null && !line.Contains("\"event\":\"log\"", StringComparison.Ordinal))
        {
        }

        // Act: the window closes.
        helper.StandardOutput.Close();
        await helper.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, helper.ExitCode);
        Assert.Contains("done: ", File.ReadAllLines(_helper.LogPath)[^1], StringComparison.Ordinal);
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
    }
}
