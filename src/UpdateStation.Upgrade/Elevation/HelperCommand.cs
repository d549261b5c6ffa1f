namespace UpdateStation.Upgrade.Elevation;

/// <summary>The helper's verbs as argument lists (after the helper's path); the helper takes nothing else.</summary>
public static class HelperCommand
{
    public static IReadOnlyList<string> Refresh { get; } = ["refresh"];

    public static IReadOnlyList<string> Reboot { get; } = ["reboot"];

    /// <summary>`upgrade --plan FINGERPRINT`, with `--no-boot-environment` when <paramref name="bootEnvironment"/> is false.</summary>
    public static IReadOnlyList<string> Upgrade(string fingerprint, bool bootEnvironment)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        return bootEnvironment ? ["upgrade", "--plan", fingerprint] : ["upgrade", "--plan", fingerprint, "--no-boot-environment"];
    }
}
