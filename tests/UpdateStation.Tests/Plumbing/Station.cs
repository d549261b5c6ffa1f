namespace UpdateStation.Tests.Plumbing;

/// <summary>The CLI verbs the specs use to observe and drive an instance.</summary>
internal static class Station
{
    /// <summary>A bound for one short command (status, a delegating check-now) on a loaded 2-core machine.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A bound for an instance to come up or go down.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>`status --json`: the report when an instance runs (exit 0), null when none does (exit 3).</summary>
    public static async Task<StatusReport?> StatusAsync(RuntimeDir dir, StartOptions? options = null)
    {
        StationResult result = await StationProcess.RunAsync(dir, ["status", "--json"], CommandTimeout, options);
        switch (result.ExitCode)
        {
            case 0:
                StatusReport report = StatusReport.Parse(result.Stdout);
                Assert.True(report.Running, $"status exited 0 but did not say running: {result}");
                return report;
            case 3:
                return null;
            default:
                Assert.Fail($"status --json exited neither 0 nor 3: {result}");
                return null;
        }
    }

    /// <summary>The status of the running instance; fails the test when none runs.</summary>
    public static async Task<StatusReport> RequireStatusAsync(RuntimeDir dir, StartOptions? options = null) =>
        await StatusAsync(dir, options) ?? throw new Xunit.Sdk.XunitException($"status says no instance runs in {dir.XdgRuntimeDir}.");

    /// <summary>Starts `tray` and waits until status names it.</summary>
    public static async Task<(StationProcess Tray, StatusReport Status)> StartTrayAsync(RuntimeDir dir, StartOptions? options = null)
    {
        StationProcess tray = StationProcess.Start(dir, ["tray"], options);
        StatusReport status = await WaitForInstanceAsync(dir, tray, options);
        return (tray, status);
    }

    /// <summary>Polls status until it names <paramref name="instance"/>; fails early when that process exits.</summary>
    public static async Task<StatusReport> WaitForInstanceAsync(RuntimeDir dir, StationProcess instance, StartOptions? options = null)
    {
        StatusReport? last = null;
        return await Poll.UntilAsync(
            async () =>
            {
                Assert.False(instance.HasExited, $"'{instance.CommandLine}' (pid {instance.Pid}) exited before status named it.\n--- stderr ---\n{instance.Stderr}");
                last = await StatusAsync(dir, options);
                return last?.Pid == instance.Pid ? last : null;
            },
            StartTimeout,
            () => $"status names pid {instance.Pid}; last status: {last?.ToString() ?? "none running"}\n--- its stderr ---\n{instance.Stderr}");
    }

    /// <summary>`check-now` with a generous timeout (the default 5 s is exercised by its own spec).</summary>
    public static Task<StationResult> CheckNowAsync(RuntimeDir dir, StartOptions? options = null) =>
        StationProcess.RunAsync(dir, ["check-now", "--timeout", "30"], TimeSpan.FromSeconds(60), options);
}
