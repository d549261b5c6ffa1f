namespace UpdateStation.Tests.Plumbing;

/// <summary>Reads what check-now printed: did it delegate, and to which pid.</summary>
internal static class CheckNowOutput
{
    /// <summary>The line containing "running instance", or null when check-now did the work itself.</summary>
    public static string? DelegationLine(StationResult result) =>
        result.Stdout.Split('\n').FirstOrDefault(line => line.Contains("running instance", StringComparison.Ordinal));

    /// <summary>Whether the delegation line names <paramref name="pid"/> as a whole number.</summary>
    public static bool NamesPid(string line, int pid) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, $@"(?<!\d){pid}(?!\d)");
}
