using UpdateStation.Packages.Model;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages.Pkg;

public sealed partial class PkgBackend
{
    /// <summary>The changes with their details (<see cref="PkgDetails"/>): one `pkg rquery` for the new versions and one
    /// `pkg query` for the installed ones, side by side; as they were when pkg cannot say.</summary>
    private async Task<IReadOnlyList<PackageChange>> AddDetailsAsync(
        IReadOnlyList<PackageChange> changes, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken)
    {
        var remote = changes.Where(c => c.Action != ChangeAction.Remove && c.NewVersion is not null).Select(c => c.Name).Distinct().ToList();
        var local = changes.Where(c => c.CurrentVersion is not null).Select(c => c.Name).Distinct().ToList();
        var remoteQuery = QueryAsync("rquery", remote, environment, cancellationToken);
        var localQuery = QueryAsync("query", local, environment, cancellationToken);
        try
        {
            return PkgDetails.Fill(changes, await remoteQuery.ConfigureAwait(false), await localQuery.ConfigureAwait(false));
        }
        catch (BackendException)
        {
            await IgnoreFailuresAsync(remoteQuery, localQuery).ConfigureAwait(false);
            return changes;
        }
    }

    /// <summary>pkg exits 1 when one name is not found but prints the others: the output counts either way.</summary>
    private async Task<Dictionary<(string Name, string Version), PkgRecord>> QueryAsync(
        string command, List<string> names, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var result = await RunAsync([command, "--", PkgDetails.Format, .. names], environment, cancellationToken).ConfigureAwait(false);
        return PkgDetails.Parse(result.StandardOutput);
    }

    private static async Task IgnoreFailuresAsync(params Task[] tasks)
    {
        foreach (var task in tasks)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (BackendException)
            {
                // A side lookup of the details: the plan stands without them.
            }
        }
    }
}
