using UpdateStation.Packages.Processes;
using UpdateStation.Posix;

namespace UpdateStation.Helper.Automatic;

/// <summary>Whether the machine runs on its battery: Linux's /sys/class/power_supply, FreeBSD's `hw.acpi.acline`.</summary>
/// <remarks>A machine that says nothing (a desktop, a virtual machine, no ACPI) counts as on mains power.</remarks>
internal static class PowerSupply
{
    public const string LinuxDirectory = "/sys/class/power_supply";

    /// <summary>True on battery, false on mains; null when the machine does not say.</summary>
    public static async Task<bool?> OnBatteryAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsFreeBSD())
        {
            return OnBattery(LinuxDirectory);
        }

        // hw.acpi.acline: 1 on mains, 0 on battery; the sysctl is missing without ACPI.
        var result = await ProcessRunner.RunAsync("sysctl", ["-n", "hw.acpi.acline"], timeout: TimeSpan.FromSeconds(10), cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.ExitCode != 0 ? null : result.StandardOutput.Trim() == "0";
    }

    /// <summary>
    /// From a power_supply directory (a pure function of its files, for tests): on mains when any supply of type Mains
    /// (or USB) is online; on battery when there are such supplies and none is, or when there are none and a battery
    /// is discharging; else null.
    /// </summary>
    public static bool? OnBattery(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var supplies = Directory.GetDirectories(directory).Concat(Directory.GetFiles(directory))
            .Select(p => (Type: Read(p, "type"), Online: Read(p, "online"), Status: Read(p, "status"))).ToList();
        var mains = supplies.Where(s => s.Type is "Mains" or "USB").ToList();
        if (mains.Count > 0)
        {
            return !mains.Any(s => s.Online == "1");
        }

        return supplies.Any(s => s.Type == "Battery" && s.Status == "Discharging") ? true : null;
    }

    private static string? Read(string supply, string name)
    {
        var bytes = BoundedFile.TryRead(Path.Combine(supply, name), 4096, out _, followLinks: true);
        return bytes is null ? null : System.Text.Encoding.ASCII.GetString(bytes).Trim();
    }
}
