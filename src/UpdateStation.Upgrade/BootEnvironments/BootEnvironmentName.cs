using System.Globalization;
using System.Text.RegularExpressions;

namespace UpdateStation.Upgrade.BootEnvironments;

/// <summary>Our boot environments' names: the running version, "-update-", and the time to the second.</summary>
/// <remarks>
/// For example `14.3-RELEASE-p4-update-20261126-104233`. A name in this pattern is ours and nothing else is: freebsd-update's
/// `VERSION_YYYY-MM-DD_HHMMSS` and the original Update Station's `*-backup-*` are never touched.
/// </remarks>
public static partial class BootEnvironmentName
{
    private const string StampFormat = "yyyyMMdd-HHmmss";

    public static string Create(string version, DateTime localTime) =>
        $"{version}-update-{localTime.ToString(StampFormat, CultureInfo.InvariantCulture)}";

    /// <summary>Whether <paramref name="name"/> is one of ours; its time, to sort by, when it is.</summary>
    public static bool TryParse(string name, out DateTime madeAt)
    {
        madeAt = default;
        var match = OurPattern().Match(name);
        return match.Success
            && DateTime.TryParseExact(match.Groups["stamp"].Value, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out madeAt);
    }

    // The version as freebsd-version prints it: digits, dots, letters, dashes (14.3-RELEASE-p4, 15.0-CURRENT).
    [GeneratedRegex(@"^[0-9][0-9A-Za-z.]*(-[0-9A-Za-z.]+)*-update-(?<stamp>[0-9]{8}-[0-9]{6})$", RegexOptions.CultureInvariant)]
    private static partial Regex OurPattern();
}
