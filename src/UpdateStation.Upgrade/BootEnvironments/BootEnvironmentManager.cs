using UpdateStation.Packages;
using UpdateStation.Packages.Processes;

namespace UpdateStation.Upgrade.BootEnvironments;

/// <summary>FreeBSD's boot environments through bectl(8): whether they work here, one made before an upgrade, ours pruned after.</summary>
/// <remarks>Programs are looked up on PATH (the helper's, from the system settings): tests put a stand-in bectl first.</remarks>
public sealed class BootEnvironmentManager(int keep)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    /// <summary>How many of ours to keep after an upgrade (the setting `boot-environments-keep`).</summary>
    public int Keep { get; } = Math.Max(1, keep);

    /// <summary>True when `bectl check` exits 0 and this is not a jail; false where bectl or ZFS is missing.</summary>
    public static async Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default)
    {
        if (ProgramLocator.Find("bectl") is null)
        {
            return false;
        }

        if (ProgramLocator.Find("sysctl") is not null)
        {
            var jailed = await RunAsync("sysctl", ["-n", "security.jail.jailed"], cancellationToken).ConfigureAwait(false);
            if (jailed.ExitCode == 0 && jailed.StandardOutput.Trim() == "1")
            {
                return false;
            }
        }

        return (await RunAsync("bectl", ["check"], cancellationToken).ConfigureAwait(false)).ExitCode == 0;
    }

    /// <summary>Makes a boot environment named for the running version and now; returns its name.</summary>
    /// <exception cref="BootEnvironmentException">It could not be made (bectl's own words say why: a full pool, most often).</exception>
    public static async Task<string> CreateAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var version = await RunAsync("freebsd-version", ["-r"], cancellationToken).ConfigureAwait(false);
        var running = version.StandardOutput.Trim();
        if (version.ExitCode != 0 || running.Length == 0 || running.Contains('\n', StringComparison.Ordinal))
        {
            throw new BootEnvironmentException($"Cannot make a boot environment: 'freebsd-version -r' failed ({version.Detail.TrimEnd('.')}).");
        }

        var name = BootEnvironmentName.Create(running, now);
        var created = await RunAsync("bectl", ["create", name], cancellationToken).ConfigureAwait(false);
        if (created.ExitCode != 0)
        {
            throw new BootEnvironmentException($"Cannot make the boot environment '{name}': bectl create failed with exit status {created.ExitCode}: {created.Detail.TrimEnd('.')}.");
        }

        return name;
    }

    /// <summary>Destroys ours beyond the newest <see cref="Keep"/>, never one in use; returns the names destroyed.</summary>
    /// <remarks>Best effort: an environment that cannot be destroyed stays, and the rest are still tried.</remarks>
    public async Task<IReadOnlyList<string>> PruneAsync(CancellationToken cancellationToken = default)
    {
        var list = await RunAsync("bectl", ["list", "-H"], cancellationToken).ConfigureAwait(false);
        if (list.ExitCode != 0)
        {
            return [];
        }

        var ours = BootEnvironment.ParseList(list.StandardOutput)
            .Select(b => (Environment: b, Ok: BootEnvironmentName.TryParse(b.Name, out var madeAt), MadeAt: madeAt))
            .Where(b => b.Ok)
            .OrderByDescending(b => b.MadeAt)
            .ThenByDescending(b => b.Environment.Name, StringComparer.Ordinal);
        var destroyed = new List<string>();
        foreach (var (environment, _, _) in ours.Skip(Keep).Where(b => !b.Environment.IsInUse))
        {
            if ((await RunAsync("bectl", ["destroy", "-o", environment.Name], cancellationToken).ConfigureAwait(false)).ExitCode == 0)
            {
                destroyed.Add(environment.Name);
            }
        }

        return destroyed;
    }

    private static async Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessRunner.RunAsync(program, arguments, null, s_timeout, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (BackendException ex)
        {
            return new ProcessResult(127, "", ex.Message);
        }
    }
}
