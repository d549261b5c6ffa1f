using UpdateStation.Upgrade.Events;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>
/// The progress page's numbers, from the helper's events and the plan being installed: n of m packages, bytes downloaded
/// of the total and the speed, and an estimate of the time left. Pure: the time of each event is passed in.
/// </summary>
/// <remarks>
/// The helper's download events carry apt's overall download percentage (Status-Fd `dlstatus`, by bytes), so the bytes
/// are that share of the plan's download size when the plan knows it. A package counts once it first appears in an
/// install, unpack or configure event.
/// </remarks>
public sealed class InstallProgress(int totalPackages, long? downloadBytes)
{
    private readonly HashSet<string> _packages = new(StringComparer.Ordinal);
    private DateTimeOffset? _downloadStarted;
    private DateTimeOffset? _installStarted;
    private double _downloadPercent;
    private long _downloaded;
    private DateTimeOffset _lastDownload;
    private DateTimeOffset _lastPackage;

    public int Done => Math.Min(_packages.Count, totalPackages);

    /// <summary>"3 of 12 packages"; empty before the first package.</summary>
    public string Packages => _packages.Count == 0 ? "" : N("{1} of {0} package", "{1} of {0} packages", totalPackages, Done);

    /// <summary>"12.1 MiB of 42.3 MiB (1.2 MiB/s)", or "Downloaded 40%" without the plan's size; empty before any download.</summary>
    public string Download { get; private set; } = "";

    /// <summary>"About 2 minutes left"; empty while there is nothing to estimate from.</summary>
    public string TimeLeft { get; private set; } = "";

    /// <summary>Takes one event of the helper, seen at <paramref name="now"/>.</summary>
    public void Apply(UpgradeEvent upgradeEvent, string? step, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(upgradeEvent);
        if (upgradeEvent.Event != UpgradeEventNames.EventProgress)
        {
            return;
        }

        if (step == UpgradeEventNames.StepDownload)
        {
            Downloading(upgradeEvent.Percent, now);
        }
        else if (!string.IsNullOrEmpty(upgradeEvent.Package) && _packages.Add(upgradeEvent.Package))
        {
            _installStarted ??= now;
            _lastPackage = now;
            TimeLeft = Estimate(_lastPackage - _installStarted.Value, Done, totalPackages);
        }
    }

    /// <summary>"About 2 minutes left", "About 40 seconds left"; empty when <paramref name="done"/> is 0 or everything is done.</summary>
    public static string Estimate(TimeSpan elapsed, double done, double total)
    {
        if (done <= 0 || done >= total || elapsed <= TimeSpan.Zero)
        {
            return "";
        }

        var left = elapsed * ((total - done) / done);
        return left.TotalSeconds switch
        {
            < 60 => N("About {0} second left", "About {0} seconds left", Math.Max(1, (int)Math.Ceiling(left.TotalSeconds / 10) * 10)),
            < 5400 => N("About {0} minute left", "About {0} minutes left", (int)Math.Round(left.TotalMinutes)),
            _ => N("About {0} hour left", "About {0} hours left", (int)Math.Round(left.TotalHours)),
        };
    }

    private void Downloading(double? percent, DateTimeOffset now)
    {
        _downloadStarted ??= now;
        _downloadPercent = Math.Clamp(percent ?? _downloadPercent, 0, 100);
        _lastDownload = now;
        var elapsed = _lastDownload - _downloadStarted.Value;
        if (downloadBytes is not { } total || total <= 0)
        {
            Download = T("Downloaded {0}%", (int)_downloadPercent);
            TimeLeft = Estimate(elapsed, _downloadPercent, 100);
            return;
        }

        _downloaded = (long)(total * _downloadPercent / 100);
        var of = T("{0} of {1}", ByteSize.Format(_downloaded), ByteSize.Format(total));
        Download = elapsed.TotalSeconds >= 1 && _downloaded > 0
            ? T("{0} ({1}/s)", of, ByteSize.Format((long)(_downloaded / elapsed.TotalSeconds)))
            : of;
        TimeLeft = Estimate(elapsed, _downloaded, total);
    }
}
