using UpdateStation.Packages;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;
using UpdateStation.Posix;
using UpdateStation.Upgrade.Events;

namespace UpdateStation.Upgrade;

public sealed partial class PlannedUpgrade
{
    private static readonly TimeSpan s_followInterval = TimeSpan.FromMilliseconds(100);
    private static readonly string[] s_aptStatusPrefixes = ["pmstatus:", "dlstatus:", "pmerror:", "pmconffile:"];

    /// <summary>
    /// The backend's upgrade, with the run log's new lines as `log` events; apt's status lines are progress instead (an
    /// error's is dpkg's own error line again, which the log has).
    /// </summary>
    private async Task<UpgradeResult> UpgradeFollowingLogAsync(UpgradeRequest request, StoppableRun guard)
    {
        using var follower = new LogFollower(logPath);
        void Emit(string line)
        {
            if (!s_aptStatusPrefixes.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal)))
            {
                events.Write(UpgradeEvent.ForLog(line));
            }
        }

        var upgrade = backend.UpgradeAsync(request, new ProgressEvents(events), guard.Token);
        while (!upgrade.IsCompleted)
        {
            if (!follower.ReadNew(Emit))
            {
                await Task.WhenAny(upgrade, Task.Delay(s_followInterval)).ConfigureAwait(false);
            }
        }

        follower.ReadNew(Emit);
        follower.Flush(Emit);
        return await upgrade.ConfigureAwait(false);
    }
}
