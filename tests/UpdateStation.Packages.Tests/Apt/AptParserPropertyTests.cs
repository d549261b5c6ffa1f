using FsCheck.Xunit;
using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Arbitrary text may be rejected by the parsers but never crashes them.</summary>
public sealed class AptParserPropertyTests
{
    private static readonly string[] s_shapes =
    [
        "Inst ", "Remv ", "Purg ", "Conf ", " [", "] (", ")", ":", "/", ", ", "-security", " => ", "\n", "  ",
        "The following packages have been kept back:\n", " upgraded, ", " newly installed, ", " to remove and ", " not upgraded.",
        "pmstatus:", "dlstatus:", "pmerror:", "Need to get ", " kB", " of archives.", "~", "1:",
        "Hit:", "Get:", "Err:", "Ign:", "E: ", "W: Failed to fetch ", "file:/srv/repo ./ ", "http://m/debian bookworm ",
    ];

    [Property(MaxTest = 500)]
    public bool SimulationParser_ArbitraryText_ParsesOrThrowsFormatException(string text, int[] pieces) =>
        ParsesOrRejects(Mix(text, pieces));

    [Property(MaxTest = 500)]
    public bool StatusLineParser_ArbitraryText_NeverThrows(string text, int[] pieces)
    {
        foreach (var line in Mix(text, pieces).Split('\n'))
        {
            if (AptStatusLineParser.TryParse(line, out var status))
            {
                _ = AptStatusLineParser.ToProgress(status);
            }
        }

        return true;
    }

    [Property(MaxTest = 500)]
    public bool SizeParserAndVersionCompare_ArbitraryText_NeverThrow(string left, string right, int[] pieces)
    {
        _ = AptSizeParser.Parse(Mix(left, pieces));
        _ = AptMessages.FirstError(Mix(right, pieces));
        var sign = Math.Sign(DebianVersion.Compare(left ?? "", right ?? ""));
        return sign == -Math.Sign(DebianVersion.Compare(right ?? "", left ?? ""));
    }

    [Property(MaxTest = 500)]
    public bool UpdateReport_ArbitraryText_NeverThrowsAndKeepsEachErrorOnOneLine(string text, int[] pieces)
    {
        var report = AptUpdateReport.Parse(Mix(text, pieces));
        return report.SourceErrors.Append(report.OtherError ?? "").All(e => !e.Contains('\n', StringComparison.Ordinal))
            && (!report.EverySourceFailed || report.SourceErrors.Count > 0);
    }

    /// <summary>Arbitrary text with apt's own fragments mixed in, so the parsers' interesting paths are reached.</summary>
    private static string Mix(string? text, int[]? pieces)
    {
        var result = text ?? "";
        foreach (var piece in pieces ?? [])
        {
            var shape = s_shapes[(int)((uint)piece % s_shapes.Length)];
            var at = result.Length == 0 ? 0 : (int)((uint)piece % (uint)result.Length);
            result = result.Insert(at, (uint)piece % 3 == 0 ? $"{(uint)piece % 10}" : shape);
        }

        return result;
    }

    private static bool ParsesOrRejects(string text)
    {
        try
        {
            _ = AptSimulationParser.Parse(text);
            return true;
        }
        catch (FormatException ex)
        {
            return !ex.Message.Contains('\n', StringComparison.Ordinal);
        }
    }
}
