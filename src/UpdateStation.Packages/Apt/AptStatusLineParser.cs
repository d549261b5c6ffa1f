using System.Globalization;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>Parses APT::Status-Fd lines and maps them to <see cref="UpgradeProgress"/> events; pure functions.</summary>
/// <remarks>Format: apt's README.progress-reporting ("pmstatus:pkg:percent:text", "dlstatus:n:percent:text", "pmerror:deb:percent:error").</remarks>
internal static class AptStatusLineParser
{
    /// <summary>The pmstatus subject apt uses for lines about the whole dpkg run.</summary>
    public const string WholeRun = "dpkg-exec";

    public static bool TryParse(string line, out AptStatusLine status)
    {
        status = null!;
        var parts = line.TrimEnd('\r').Split(':', 4);
        if (parts.Length < 4)
        {
            return false;
        }

        AptStatusKind? kind = parts[0] switch
        {
            "dlstatus" => AptStatusKind.Download,
            "pmstatus" => AptStatusKind.Package,
            "pmerror" => AptStatusKind.Error,
            "pmconffile" => AptStatusKind.Conffile,
            "media-change" => AptStatusKind.MediaChange,
            _ => null,
        };
        if (kind is null
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            || !double.IsFinite(percent))
        {
            return false;
        }

        status = new AptStatusLine(kind.Value, parts[1], Math.Clamp(percent, 0, 100), parts[3].Trim());
        return true;
    }

    /// <summary>The progress event a status line stands for; null for lines that are not progress (errors, dpkg-exec).</summary>
    public static UpgradeProgress? ToProgress(AptStatusLine status) => status.Kind switch
    {
        AptStatusKind.Download => new UpgradeProgress(UpgradeStep.Download, null, status.Percent, status.Text),
        AptStatusKind.Package when status.Subject != WholeRun =>
            new UpgradeProgress(StepOf(status.Text), status.Subject, status.Percent, status.Text),
        _ => null,
    };

    private static UpgradeStep StepOf(string text)
    {
        if (StartsWithAny(text, "Preparing for removal", "Removing", "Removed", "Completely removing", "Completely removed"))
        {
            return UpgradeStep.Remove;
        }

        if (StartsWithAny(text, "Preparing to configure", "Configuring", "Installed", "Running post-installation trigger"))
        {
            return UpgradeStep.Configure;
        }

        return StartsWithAny(text, "Preparing", "Unpacking") ? UpgradeStep.Unpack : UpgradeStep.Install;
    }

    private static bool StartsWithAny(string text, params ReadOnlySpan<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
