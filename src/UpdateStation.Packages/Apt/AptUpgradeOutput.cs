using System.Text;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Apt;

/// <summary>Follows a running `apt-get dist-upgrade`: status lines become progress, the rest is kept for the error message.</summary>
internal sealed class AptUpgradeOutput(IProgress<UpgradeProgress> progress)
{
    private const string Recovery = "packages it left half-configured are finished by the next upgrade";

    private static readonly string[] s_statusPrefixes = ["pmstatus:", "dlstatus:", "pmerror:", "pmconffile:"];
    private readonly Lock _gate = new();
    private readonly StringBuilder _ordinary = new();
    private string? _lockHolder;
    private string? _packageError;

    /// <summary>Takes one line of apt's output (status lines among it when isError: APT::Status-Fd into the same log); thread-safe.</summary>
    public void OnLine(string line, bool isError)
    {
        // stdout is block-buffered into the same file: a flush that ends mid-line glues the next status line onto it.
        if (isError && StatusStart(line) is > 0 and var at)
        {
            OnLine(line[..at], isError: false);
            OnLine(line[at..], isError: true);
            return;
        }

        lock (_gate)
        {
            if (isError && AptStatusLineParser.TryParse(line, out var status))
            {
                if (status.Kind == AptStatusKind.Error)
                {
                    _packageError ??= $"{status.Subject}: {status.Text}";
                }
                else if (AptStatusLineParser.ToProgress(status) is { } step)
                {
                    progress.Report(step);
                }

                return;
            }

            _ordinary.Append(line).Append('\n');
            if (line.Contains("Waiting for cache lock", StringComparison.Ordinal)
                && AptMessages.TryGetLockHolder(line, out var holder, out var name, out var pid) && holder != _lockHolder)
            {
                _lockHolder = holder;
                progress.Report(new UpgradeProgress(UpgradeStep.WaitingForLock, null, null, $"Waiting for {holder} to release the package manager lock.")
                {
                    Holder = name,
                    HolderPid = pid > 0 ? pid : null,
                });
            }
        }
    }

    /// <summary>The exception that tells what went wrong after apt exited with <paramref name="exitCode"/>, naming the run log.</summary>
    public BackendException ToException(string command, int exitCode, TimeSpan lockTimeout, string logPath)
    {
        var see = $" See the log {logPath}.";
        lock (_gate)
        {
            var text = _ordinary.ToString();
            if (AptMessages.IsLockFailure(text))
            {
                var holder = _lockHolder;
                if (holder is null)
                {
                    foreach (var line in text.Split('\n'))
                    {
                        if (AptMessages.TryGetLockHolder(line, out var named))
                        {
                            holder = named;
                            break;
                        }
                    }
                }

                return new PackageManagerBusyException(holder is null
                    ? $"Another process holds the package manager lock and did not release it within {lockTimeout.TotalSeconds:0} s; try again when it has finished.{see}"
                    : $"The package manager is busy: {holder} holds its lock and did not release it within {lockTimeout.TotalSeconds:0} s; try again when it has finished.{see}");
            }

            if (text.Contains("dpkg was interrupted", StringComparison.Ordinal))
            {
                return new PackageManagerFailedException(command, exitCode, $"an earlier dpkg run was interrupted; {Recovery}.{see}");
            }

            var error = AptMessages.FirstError(text);
            if (_packageError is not null || text.Contains("returned an error code", StringComparison.Ordinal))
            {
                return new PackageManagerFailedException(command, exitCode, $"{AptMessages.OneLine(_packageError ?? error ?? "dpkg failed")}; {Recovery}.{see}");
            }

            return new PackageManagerFailedException(command, exitCode, $"{error ?? LastLine(text)}.{see}");
        }
    }

    private static int StatusStart(string line)
    {
        var first = -1;
        foreach (var prefix in s_statusPrefixes)
        {
            var at = line.IndexOf(prefix, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0 ? AptMessages.OneLine(lines[^1]) : "no output";
    }
}
