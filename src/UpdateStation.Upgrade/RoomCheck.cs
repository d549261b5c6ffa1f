using UpdateStation.Packages.Model;
using UpdateStation.Posix;

namespace UpdateStation.Upgrade;

/// <summary>
/// Room before work: the plan's download against the free space of the package cache's filesystem, its installed-size
/// change against the root's (and, for a kernel, /boot's when it is a filesystem of its own); sizes on one filesystem add up.
/// </summary>
/// <remarks>
/// A size the package manager does not give (null) is unknown and checks nothing; so is a filesystem whose free space
/// cannot be read. Free space is the runtime's statvfs (DriveInfo, which reads f_bavail × f_frsize for any path on
/// both Linux and FreeBSD): what an unprivileged writer may use, so root's reserve stays a margin.
/// </remarks>
public static class RoomCheck
{
    /// <summary>What is missing, in words ("/var/cache/apt/archives needs 120.0 MiB more..."); null when everything fits or is unknown.</summary>
    /// <param name="freeBytes">Free bytes of the filesystem of a path; null when unknown (for tests).</param>
    /// <param name="device">The filesystem (st_dev) of a path; null when unknown (for tests).</param>
    public static string? Problem(UpdatePlan plan, string? cacheDirectory, Func<string, long?>? freeBytes = null, Func<string, ulong?>? device = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        freeBytes ??= Free;
        device ??= static path => FileStatus.Read(path)?.Device;
        var needs = new List<(string Path, long Bytes)>();
        if (cacheDirectory is not null && Download(plan) is { } download)
        {
            needs.Add((cacheDirectory, download));
        }

        if (DiskChange(plan.Updates, plan.DiskChangeBytes) is { } disk)
        {
            needs.Add(("/", disk));
        }

        var kernels = plan.Updates.Where(IsKernel).ToList();
        if (kernels.Count > 0 && DiskChange(kernels, null) is { } boot && Directory.Exists("/boot") && device("/boot") != device("/"))
        {
            needs.Add(("/boot", boot));
        }

        var missing = new List<string>();
        foreach (var group in needs.Where(n => n.Bytes > 0).GroupBy(n => device(n.Path) ?? (ulong)n.Path.GetHashCode(StringComparison.Ordinal)))
        {
            var path = group.First().Path;
            var needed = group.Sum(n => n.Bytes);
            if (freeBytes(path) is { } free && free < needed)
            {
                missing.Add($"{path} needs {ByteSize.Format(needed - free)} more ({ByteSize.Format(needed)} needed, {ByteSize.Format(free)} free)");
            }
        }

        return missing.Count == 0 ? null : $"Not enough disk space: {string.Join("; ", missing)}. Nothing was changed; free some space and try again.";
    }

    private static long? Download(UpdatePlan plan) =>
        plan.DownloadBytes ?? (plan.Updates.All(u => u.DownloadBytes is not null || u.Action is ChangeAction.Remove or ChangeAction.Configure)
            ? plan.Updates.Sum(u => u.DownloadBytes ?? 0)
            : null);

    private static long? DiskChange(IReadOnlyList<PackageChange> changes, long? total) =>
        total ?? (changes.Count > 0 && changes.All(u => u.DiskChangeBytes is not null || u.Action is ChangeAction.Configure)
            ? changes.Sum(u => u.DiskChangeBytes ?? 0)
            : null);

    private static bool IsKernel(PackageChange change) =>
        change.Name.StartsWith("linux-image", StringComparison.Ordinal) || change.Name is "kernel" or "FreeBSD-kernel-generic";

    private static long? Free(string path)
    {
        try
        {
            return new DriveInfo(path).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
