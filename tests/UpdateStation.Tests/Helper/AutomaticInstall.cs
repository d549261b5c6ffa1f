using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>A private helper install (<see cref="HelperInstall"/>) with an `[automatic]` policy and a state directory of its own.</summary>
internal static class AutomaticInstall
{
    /// <param name="policy">The `[automatic]` table's lines ("updates = \"all\"", "on-battery = true"...).</param>
    public static HelperInstall Create(AptWorld world, params string[] policy)
    {
        var helper = HelperInstall.Create(world.ConfigPath);
        File.AppendAllText(helper.SettingsPath, $"\nstate-directory = \"{StatePath(helper)}\"\n\n[automatic]\n{string.Join('\n', policy)}\n");
        return helper;
    }

    /// <summary>The helper's state directory (the last run's stamp, the run's apt pins).</summary>
    public static string StatePath(HelperInstall helper) => Path.Combine(helper.Directory, "state");

    /// <summary>Makes the last automatic run yesterday's, so that the next run is a new window's.</summary>
    public static void LastRunYesterday(HelperInstall helper) =>
        File.WriteAllText(Path.Combine(StatePath(helper), "automatic.last-run"), DateTimeOffset.Now.AddDays(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "\n");

    /// <summary>The version of <paramref name="package"/> dpkg unpacked into the world's root; null when none was.</summary>
    public static string? UnpackedVersion(AptWorld world, string package) =>
        File.Exists(Path.Combine(world.RootDirectory, "usr/share/doc", package, "VERSION"))
            ? File.ReadAllText(Path.Combine(world.RootDirectory, "usr/share/doc", package, "VERSION")).Trim()
            : null;
}
