using UpdateStation.Packages.Processes;
using UpdateStation.Settings;

namespace UpdateStation.Helper.Automatic;

/// <summary>
/// `reboot = "when-needed"`: after an automatic run that needs a restart, `shutdown -r` at `reboot-time` (else now),
/// only when nobody is logged in (`who`, which reads utmp on Linux and FreeBSD) unless `reboot-with-users = true`.
/// </summary>
internal static class AutomaticReboot
{
    public static async Task<int> TryAsync(AutomaticPolicy policy, RunLog record)
    {
        if (await RestartCheck.ReasonAsync().ConfigureAwait(false) is not { } reason)
        {
            return HelperExitCodes.Done;
        }

        if (!policy.RebootWithUsers)
        {
            var who = await ProcessRunner.RunAsync("who", [], timeout: TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            if (who.ExitCode != 0 || who.StandardOutput.Trim().Length > 0)
            {
                record.Write($"automatic: a restart is needed ({reason}), but someone is logged in (reboot-with-users = false); no restart");
                return HelperExitCodes.Done;
            }
        }

        var when = policy.RebootTime is { } time ? $"{time.Hours:00}:{time.Minutes:00}" : "now";
        record.Write($"automatic: restart at {when}: {reason}");
        var result = await ProcessRunner.RunAsync("shutdown", ["-r", when], timeout: TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            record.Write($"automatic: shutdown -r {when} failed ({result.ExitCode}): {result.Detail}");
            return HelperExitCodes.Failed;
        }

        return HelperExitCodes.Done;
    }
}
