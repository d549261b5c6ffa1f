using System.Diagnostics;
using UpdateStation.Gtk;

namespace UpdateStation.Commands;

/// <summary>`update-station window`: raise the open window, or become it. Never two windows.</summary>
internal static class WindowCommand
{
    /// <summary>How long to wait for the open window to acknowledge, or for a window that is starting to publish.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    public static Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var directory = RuntimeDirectory.Open();
        var own = directory.For(WindowSession.ProcessName);
        var clock = Stopwatch.StartNew();
        var lastPid = 0;
        do
        {
            var outcome = InstanceClient.Activate(own, s_timeout - clock.Elapsed);
            lastPid = outcome.Pid != 0 ? outcome.Pid : lastPid;
            switch (outcome.Result)
            {
                case ActivationResult.Acknowledged:
                    return Task.FromResult(ExitCodes.Success);
                case ActivationResult.NoResponse:
                    return Task.FromResult(NoResponse(outcome.Pid));
            }

            if (TryRunAsWindow(directory, out var exitCode))
            {
                return Task.FromResult(exitCode);
            }

            // Another process took window.lock first: it publishes once its window is mapped; raise that one.
            lastPid = InstanceLocator.WaitForPublished(own, s_timeout - clock.Elapsed)?.Pid ?? lastPid;
        }
        while (clock.Elapsed < s_timeout);

        return Task.FromResult(NoResponse(lastPid));
    }

    private static bool TryRunAsWindow(RuntimeDirectory directory, out int exitCode)
    {
        using var session = new WindowSession(directory);
        exitCode = ExitCodes.Success;
        if (!session.TryTakeLock())
        {
            return false;
        }

        try
        {
            session.Run();
        }
        catch (DisplayUnavailableException ex)
        {
            exitCode = Log.Error(ex);
        }

        return true;
    }

    private static int NoResponse(int pid)
    {
        Log.Info(pid != 0
            ? $"the open window (pid {pid}) did not respond within {s_timeout.TotalSeconds:0} s; it may be stopped or hung"
            : $"a window holds the lock but did not appear within {s_timeout.TotalSeconds:0} s");
        return ExitCodes.NoResponse;
    }
}
