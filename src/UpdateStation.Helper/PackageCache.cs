using UpdateStation.Packages.Processes;

namespace UpdateStation.Helper;

/// <summary>Where the package manager keeps its downloads, for the room check before an upgrade (Upgrade's RoomCheck).</summary>
internal static class PackageCache
{
    /// <summary>apt: `Dir::Cache::archives` as apt resolves it; pkg: /var/cache/pkg; null when apt-config cannot say.</summary>
    public static async Task<string?> DirectoryAsync(string backend)
    {
        if (backend != "apt")
        {
            return "/var/cache/pkg";
        }

        var result = await ProcessRunner.RunAsync("apt-config", ["shell", "C", "Dir::Cache::archives/d"], timeout: TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        return result.ExitCode == 0 && result.StandardOutput.Trim() is ['C', '=', '\'', .. var path, '\''] && path.StartsWith('/') && Directory.Exists(path) ? path : null;
    }
}
