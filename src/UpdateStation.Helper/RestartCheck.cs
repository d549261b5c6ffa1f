using UpdateStation.Packages.Processes;

namespace UpdateStation.Helper;

/// <summary>Whether the system itself says a restart is needed: /run/reboot-required, or a kernel installed that is not running.</summary>
internal static class RestartCheck
{
    public static async Task<string?> ReasonAsync()
    {
        if (File.Exists("/run/reboot-required"))
        {
            return "/run/reboot-required exists";
        }

        if (ProgramLocator.Find("freebsd-version") is null)
        {
            return null;
        }

        var installed = await VersionAsync("-k").ConfigureAwait(false);
        var running = await VersionAsync("-r").ConfigureAwait(false);
        return installed is not null && running is not null && installed != running
            ? $"the installed kernel {installed} is not the running {running}"
            : null;
    }

    private static async Task<string?> VersionAsync(string flag)
    {
        var result = await ProcessRunner.RunAsync("freebsd-version", [flag], timeout: TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        var version = result.StandardOutput.Trim();
        return result.ExitCode == 0 && version.Length > 0 ? version : null;
    }
}
