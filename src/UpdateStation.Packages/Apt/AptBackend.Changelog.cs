using System.Text.RegularExpressions;
using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Apt;

public sealed partial class AptBackend
{
    /// <inheritdoc/>
    /// <remarks>
    /// `apt-get changelog name=version` with the check's configuration (a user's private one without root): apt finds the
    /// changelog where the Release file's <c>Changelogs:</c> field says (Debian and Ubuntu name their servers; a
    /// repository without the field has none to offer), bounded by <see cref="AptBackendOptions.ChangelogTimeout"/> and <see cref="AptBackendOptions.ChangelogLimit"/>.
    /// Only the entries newer than the installed version are returned (<see cref="DebianChangelog"/>).
    /// </remarks>
    public async Task<Changelog> ChangelogAsync(PackageChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Action == ChangeAction.Remove || change.NewVersion is null)
        {
            return new Changelog(null, change.Homepage, null, "A package that is removed has no new changelog entries.");
        }

        if (!PackageName().IsMatch(change.Name) || !PackageVersion().IsMatch(change.NewVersion))
        {
            // The plan came from a file: never let a name become an option of apt-get.
            return new Changelog(null, change.Homepage, null, $"'{change.Name}' is not a package name apt knows.");
        }

        ProcessResult result;
        try
        {
            var environment = AptEnvironment.Create(_options);
            await ThrowIfUntrustedAsync(environment, cancellationToken).ConfigureAwait(false);
            result = await ProcessRunner.RunAsync(
                    _options.AptGet, ["-qq", "changelog", $"{change.Name}={change.NewVersion}"], environment.Variables, _options.ChangelogTimeout, _options.ChangelogLimit, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (BackendException ex)
        {
            return new Changelog(null, change.Homepage, null, ex.Message);
        }

        if (result.OutputCut)
        {
            // A changelog of megabytes (or a source that never ends) would fill the memory and the window: its start is
            // the newest entries, the ones shown.
            var start = DebianChangelog.Newer(result.StandardOutput, change.CurrentVersion) ?? result.StandardOutput;
            return new Changelog($"{start.TrimEnd()}\n\n[The changelog is longer than {_options.ChangelogLimit / 1024} KiB; the rest is not shown.]\n", change.Homepage, null, null);
        }

        if (result.ExitCode != 0)
        {
            var why = AptMessages.FirstError(result.StandardOutput + result.StandardError) ?? AptMessages.OneLine(result.Detail);
            return new Changelog(null, change.Homepage, null, $"No changelog could be fetched for {change.Name} {change.NewVersion}: {why}.");
        }

        return DebianChangelog.Newer(result.StandardOutput, change.CurrentVersion) is { } entries
            ? new Changelog(entries, change.Homepage, null, null)
            : new Changelog(null, change.Homepage, null, change.CurrentVersion is null
                ? $"The changelog of {change.Name} {change.NewVersion} has no entries."
                : $"The changelog of {change.Name} {change.NewVersion} has no entry newer than {change.CurrentVersion}.");
    }

    // Debian policy 5.6.1 and 5.6.12; the simulation prints a foreign architecture as name:arch.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9+.-]*(?::[a-z0-9-]+)?$")]
    private static partial Regex PackageName();

    [GeneratedRegex(@"^[0-9A-Za-z.+~:-]+$")]
    private static partial Regex PackageVersion();
}
