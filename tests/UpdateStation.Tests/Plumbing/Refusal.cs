namespace UpdateStation.Tests.Plumbing;

/// <summary>What a refused runtime directory must look like from outside: exit 1, one clear line, nothing created.</summary>
internal static class Refusal
{
    public static void AssertRefused(StationResult result, string stationDir)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        string[] lines = result.Stderr.Trim().Split('\n');
        Assert.True(lines.Length == 1 && lines[0].StartsWith("update-station: ", StringComparison.Ordinal),
            $"expected one stderr line starting 'update-station: ': {result}");
        Assert.False(File.Exists(Path.Combine(stationDir, "instance.lock")), "the refused directory got an instance.lock");
        Assert.False(File.Exists(Path.Combine(stationDir, "instance.json")), "the refused directory got an instance.json");
    }
}
