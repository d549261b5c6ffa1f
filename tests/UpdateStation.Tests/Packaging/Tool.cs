namespace UpdateStation.Tests.Packaging;

/// <summary>Runs a system tool (make, dpkg, lintian, mandoc) to completion, bounded, in a chosen folder.</summary>
internal static class Tool
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<StationResult> RunAsync(IReadOnlyList<string> argv, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        await using StationProcess process = StationProcess.StartProgram(argv, startInfo =>
        {
            startInfo.WorkingDirectory = workingDirectory ?? Repository.Root;
            foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
            {
                startInfo.Environment[name] = value;
            }
        });
        return await process.WaitForExitAsync(Timeout);
    }

    /// <summary>Runs and fails the test, with the output, unless the tool exits 0.</summary>
    public static async Task<StationResult> RequireAsync(IReadOnlyList<string> argv, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        StationResult result = await RunAsync(argv, workingDirectory, environment);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', argv)}: {result}");
        return result;
    }
}
