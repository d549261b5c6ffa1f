using System.Globalization;
using System.Text.RegularExpressions;

namespace UpdateStation.Packages.Apt;

/// <summary>Reads apt's own size statements ("Need to get ...", "After this operation, ...") from a non-simulated run.</summary>
/// <remarks>apt formats sizes with SizeToStr: three significant digits and SI units (1 kB = 1000 B), so values are apt's, rounded as apt rounds them.</remarks>
internal static partial class AptSizeParser
{
    /// <summary>Bytes still to download and the disk change (positive: more space used), each null when apt said nothing.</summary>
    public static (long? DownloadBytes, long? DiskChangeBytes) Parse(string text)
    {
        long? download = null, disk = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (NeedToGet().Match(line) is { Success: true } get)
            {
                download = ToBytes(get.Groups["size"].Value);
            }
            else if (DiskUsed().Match(line) is { Success: true } used)
            {
                disk = ToBytes(used.Groups["size"].Value);
            }
            else if (DiskFreed().Match(line) is { Success: true } freed)
            {
                disk = -ToBytes(freed.Groups["size"].Value);
            }
        }

        return (download, disk);
    }

    /// <summary>"5268 B", "12.3 kB", "1,234 MB" in bytes.</summary>
    public static long? ToBytes(string size)
    {
        var match = Size().Match(size);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var power = " kMGTPE".IndexOf(match.Groups["unit"].Value is { Length: 1 } ? ' ' : match.Groups["unit"].Value[0]);
        return (long)Math.Round(number * Math.Pow(1000, power));
    }

    [GeneratedRegex(@"^Need to get (?<size>[\d.,]+ [kMGTPE]?B)(?:/[\d.,]+ [kMGTPE]?B)? of archives\.$")]
    private static partial Regex NeedToGet();

    [GeneratedRegex(@"^After this operation, (?<size>[\d.,]+ [kMGTPE]?B) of additional disk space will be used\.$")]
    private static partial Regex DiskUsed();

    [GeneratedRegex(@"^After this operation, (?<size>[\d.,]+ [kMGTPE]?B) disk space will be freed\.$")]
    private static partial Regex DiskFreed();

    [GeneratedRegex(@"^(?<number>[\d.,]{1,20}) (?<unit>[kMGTPE]?B)$")]
    private static partial Regex Size();
}
