using System.Globalization;

namespace UpdateStation.Upgrade.History;

/// <summary>
/// The past runs in the text of the run log (a pure function): the helper's own lines (`TIME
/// update-station-helper[PID]: ...`, RunLog.ForHelper) grouped by process, oldest first.
/// </summary>
/// <remarks>
/// A run starts at `upgrade --plan F started` or `automatic run started`; `plan F: N changes, S security` (older logs:
/// no ", S security") and the `  ACTION NAME CURRENT -> NEW` lines after it are its plan; `done: ...`, `failed ...`, `the plan changed since ...` end it. The package manager's lines, refreshes and
/// automatic runs that only waited are no runs. A line it does not know is skipped: the log is text anyone's tools add to.
/// </remarks>
public static class RunHistoryParser
{
    private const string Marker = " update-station-helper[";

    public static IReadOnlyList<PastRun> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<Builder>();
        var open = new Dictionary<string, Builder>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (!TrySplit(line, out var time, out var pid, out var message))
            {
                continue;
            }

            open.TryGetValue(pid, out var run);
            if (message.StartsWith("automatic run started", StringComparison.Ordinal) || (message.StartsWith("upgrade --plan ", StringComparison.Ordinal) && message.EndsWith(" started", StringComparison.Ordinal) && run is not { Automatic: true, Changes.Count: 0 }))
            {
                run = new Builder(time, message.StartsWith("automatic", StringComparison.Ordinal));
                open[pid] = run;
                runs.Add(run);
            }
            else if (run is not null && Change(message) is { } change)
            {
                // The plan is listed again after each re-plan: the last listing is the one applied.
                if (run.Listing)
                {
                    run.Changes.Add(change);
                }
            }
            else if (run is not null)
            {
                End(run, time, message, pid, open);
            }
        }

        return [.. runs.Select(r => r.Build())];
    }

    private static void End(Builder run, DateTimeOffset time, string message, string pid, Dictionary<string, Builder> open)
    {
        if (message.StartsWith("plan ", StringComparison.Ordinal))
        {
            run.Changes.Clear();
            run.Listing = true;
            run.Security = SecurityCount(message);
            return;
        }

        run.Listing = false;
        (PastRunResult Result, string Text)? end = message switch
        {
            _ when message.StartsWith("done: ", StringComparison.Ordinal) => (PastRunResult.Done, message["done: ".Length..]),
            _ when message.StartsWith("automatic: done: ", StringComparison.Ordinal) => (PastRunResult.Done, message["automatic: done: ".Length..]),
            _ when message.StartsWith("automatic: failed: ", StringComparison.Ordinal) => (PastRunResult.Failed, message["automatic: failed: ".Length..]),
            _ when message.StartsWith("failed", StringComparison.Ordinal) => (PastRunResult.Failed, message.Split(": ", 2) is [_, var said] ? said : message),
            _ when message.StartsWith("the plan changed since ", StringComparison.Ordinal) => (PastRunResult.PlanChanged, message),
            _ => null,
        };
        if (end is { } ended)
        {
            run.Result = ended.Result;
            run.Message = ended.Text;
            run.RestartNeeded = ended.Text.Contains("a restart is needed", StringComparison.Ordinal);
            run.Ended = time;
            open.Remove(pid);
        }
    }

    /// <summary>The S of "plan F: N changes, S security"; null for a plan line of an older log, which does not say.</summary>
    private static int? SecurityCount(string message) =>
        message.EndsWith(" security", StringComparison.Ordinal) && message.LastIndexOf(", ", StringComparison.Ordinal) is var comma and >= 0
        && int.TryParse(message.AsSpan(comma + 2, message.Length - comma - 2 - " security".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : null;

    /// <summary>"  upgrade alpha 1.0-1 -> 1.1-1" (two spaces first; "-" for no version).</summary>
    private static PastChange? Change(string message) =>
        message.StartsWith("  ", StringComparison.Ordinal) && message.Trim().Split(' ') is [var action, var name, var current, "->", var next]
            ? new PastChange(action, name, current == "-" ? null : current, next == "-" ? null : next)
            : null;

    private static bool TrySplit(string line, out DateTimeOffset time, out string pid, out string message)
    {
        (time, pid, message) = (default, "", "");
        var marker = line.IndexOf(Marker, StringComparison.Ordinal);
        var close = marker < 0 ? -1 : line.IndexOf("]: ", marker, StringComparison.Ordinal);
        if (close < 0 || !DateTimeOffset.TryParseExact(line[..marker], "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return false;
        }

        pid = line[(marker + Marker.Length)..close];
        message = line[(close + 3)..];
        return true;
    }

    private sealed class Builder(DateTimeOffset started, bool automatic)
    {
        public bool Automatic { get; } = automatic;

        public List<PastChange> Changes { get; } = [];

        public bool Listing { get; set; }

        public PastRunResult Result { get; set; } = PastRunResult.Unfinished;

        public string? Message { get; set; }

        public bool RestartNeeded { get; set; }

        public int? Security { get; set; }

        public DateTimeOffset? Ended { get; set; }

        public PastRun Build() => new(started, Automatic, [.. Changes], Result, Message, RestartNeeded) { Security = Security, Ended = Ended };
    }
}
