using UpdateStation.Upgrade;
using UpdateStation.Upgrade.Elevation;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Upgrade.Tests;

/// <summary>The helper's client against a fake pkexec and helper on disk (shell scripts that play their exit statuses and events).</summary>
public sealed class HelperProcessTests
{
    private const string Fingerprint = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunAsync_HelperDone_HandsOnEveryEventInOrderAndEndsWithDone()
    {
        // Arrange
        using var fake = new FakeHelper("""
            #!/bin/sh
            printf '%s\n' "$@" > "${0%/*}/argv"
            echo '{"event":"step","step":"install"}'
            echo '{"event":"progress","percent":50,"package":"alpha"}'
            echo '{"event":"log","line":"Unpacking alpha"}'
            echo '{"event":"done","restartNeeded":true,"fingerprint":"abc"}'
            """);
        List<UpgradeEvent> events = [];

        // Act
        var result = await RunAsync(fake, HelperArguments.Upgrade(Fingerprint, bootEnvironment: false), events.Add);

        // Assert
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(["step", "progress", "log", "done"], events.Select(e => e.Event));
        Assert.Equal("alpha", events[1].Package);
        Assert.Equal(true, result.Final?.RestartNeeded);
        Assert.Equal(["upgrade", "--plan", Fingerprint, "--no-boot-environment"], File.ReadAllLines(fake.File("argv")));
    }

    [Fact]
    public async Task RunAsync_LineThatIsNoEvent_IsHandedOnAsLog()
    {
        // Arrange
        using var fake = new FakeHelper("""
            #!/bin/sh
            echo 'dpkg: warning: not JSON'
            echo '{"event":"done","restartNeeded":false}'
            """);
        List<UpgradeEvent> events = [];

        // Act
        await RunAsync(fake, HelperArguments.Refresh, events.Add);

        // Assert
        Assert.Equal(UpgradeEvent.ForLog("dpkg: warning: not JSON"), events[0]);
    }

    [Theory]
    [InlineData(126, ElevationOutcome.Cancelled)]
    [InlineData(127, ElevationOutcome.NotAuthorized)]
    public async Task RunAsync_PkexecRefusesBeforeTheHelper_IsTheElevationOutcome(int status, ElevationOutcome expected)
    {
        // Arrange
        using var fake = new FakeHelper("#!/bin/sh\nexit 0\n", $"#!/bin/sh\necho 'Error executing command as another user: Not authorized' >&2\nexit {status}\n");

        // Act
        var result = await RunAsync(fake, HelperArguments.Refresh, _ => { });

        // Assert
        Assert.Equal((expected, status, null), (result.Outcome, result.ExitCode, result.Final));
        Assert.Equal("Error executing command as another user: Not authorized", result.Error);
    }

    [Fact]
    public async Task RunAsync_PlanChanged_EndsWithTheErrorEventAndTheHelpersStatus()
    {
        // Arrange
        using var fake = new FakeHelper("""
            #!/bin/sh
            echo '{"event":"step","step":"refresh"}'
            echo '{"event":"error","code":"plan-changed","message":"The plan changed.","log":"/var/log/update-station.log","plan":{"updates":[]}}'
            exit 3
            """);

        // Act
        var result = await RunAsync(fake, HelperArguments.Upgrade(Fingerprint, bootEnvironment: true), _ => { });

        // Assert
        Assert.Equal((ElevationOutcome.Ran, HelperExitCodes.PlanChanged), (result.Outcome, result.ExitCode));
        Assert.Equal(UpgradeEventNames.PlanChanged, result.Final?.Code);
        Assert.NotNull(result.Final?.Plan);
        Assert.False(result.Succeeded);
    }

    [Fact(Timeout = 30_000)]
    public async Task RunAsync_ReadingStopped_LeavesTheHelperRunningToItsEnd()
    {
        // Arrange: the helper writes one event, waits for the gate, then records that it went on.
        using var fake = new FakeHelper("""
            #!/bin/sh
            dir="${0%/*}"
            echo '{"event":"step","step":"install"}'
            while [ ! -e "$dir/gate" ]; do sleep 0.05; done
            echo '{"event":"log","line":"after the reader left"}' || true
            echo finished > "$dir/finished"
            """);
        using var stop = new CancellationTokenSource();
        var firstEvent = new TaskCompletionSource();

        // Act
        var run = RunAsync(fake, HelperArguments.Refresh, _ => firstEvent.TrySetResult(), stop.Token);
        await firstEvent.Task.WaitAsync(s_timeout, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        File.WriteAllText(fake.File("gate"), "");

        // Assert
        await Poll.UntilAsync(
            () => File.Exists(fake.File("finished")) && File.ReadAllText(fake.File("finished")) == "finished\n", s_timeout, () => "the helper, left running, wrote 'finished'");
    }

    [Fact]
    public void ParseLine_EventWithoutKind_IsLog()
    {
        // Act, Assert
        Assert.Equal(UpgradeEvent.ForLog("{\"line\":\"x\"}"), HelperProcess.ParseLine("{\"line\":\"x\"}"));
    }

    private static Task<HelperRunResult> RunAsync(FakeHelper fake, HelperArguments arguments, Action<UpgradeEvent> onEvent, CancellationToken cancellationToken = default) =>
        HelperProcess.RunAsync(new ElevationMethod("pkexec", [fake.Pkexec]), fake.HelperPath, arguments, onEvent, cancellationToken)
            .WaitAsync(s_timeout, TestContext.Current.CancellationToken);
}
