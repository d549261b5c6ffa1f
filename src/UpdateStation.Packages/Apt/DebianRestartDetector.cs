using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>Debian's restart flag: packages that need a reboot create /run/reboot-required and list themselves in /run/reboot-required.pkgs.</summary>
internal sealed class DebianRestartDetector(string runDirectory = "/run") // For tests: runDirectory.
{
    public RestartStatus Detect()
    {
        var flag = Path.Combine(runDirectory, "reboot-required");
        if (!File.Exists(flag))
        {
            return RestartStatus.NotRequired;
        }

        var packages = ReadPackages(Path.Combine(runDirectory, "reboot-required.pkgs"));
        var reason = packages.Count > 0
            ? $"Restart required by {string.Join(", ", packages)}."
            : "Restart required (/run/reboot-required exists).";
        return new RestartStatus(true, packages, reason);
    }

    private static List<string> ReadPackages(string path)
    {
        try
        {
            return File.Exists(path)
                ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList()
                : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The flag alone is enough to say a restart is needed.
            return [];
        }
    }
}
