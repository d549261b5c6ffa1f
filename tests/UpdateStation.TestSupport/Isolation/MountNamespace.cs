using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

/// <summary>
/// A private mount namespace for one spec (root only): what is mounted in it (a small tmpfs, a directory bound over
/// /sys/class/power_supply or /run/dbus) is seen only by the processes that <see cref="Enter"/> it, never by the host,
/// and vanishes with the last of them.
/// </summary>
/// <remarks>
/// The namespace is held by `unshare --mount --propagation private sleep infinity`; every other process joins it with
/// nsenter (joining needs root). Files outside the mounts are shared with the host as usual; what is inside a mount can be
/// read from outside through <see cref="SeenFromInside"/>.
/// </remarks>
public sealed class MountNamespace : IDisposable
{
    private readonly Process _holder;

    private MountNamespace(Process holder) => _holder = holder;

    public static bool CanRun => UnixUser.CurrentIsRoot && new[] { "/usr/bin/unshare", "/usr/bin/nsenter" }.All(File.Exists);

    /// <summary>The argv prefix that runs a program in this namespace.</summary>
    public IReadOnlyList<string> Enter => ["nsenter", $"--mount=/proc/{_holder.Id}/ns/mnt", "--"];

    public static async Task<MountNamespace> CreateAsync(CancellationToken cancellationToken = default)
    {
        var holder = Process.Start(Programs.StartInfo("unshare", ["--mount", "--propagation", "private", "--", "sleep", "infinity"]))!;
        holder.OutputDataReceived += (_, _) => { };
        holder.ErrorDataReceived += (_, _) => { };
        holder.BeginOutputReadLine();
        holder.BeginErrorReadLine();
        var created = new MountNamespace(holder);
        try
        {
            // Once unshare has exec'd sleep, the namespace exists and its mounts are private.
            await Poll.UntilAsync(
                () => holder.HasExited ? throw new InvalidOperationException("unshare --mount failed.") : IsSleeping(holder.Id),
                TimeSpan.FromSeconds(20), () => "the mount namespace", cancellationToken);
            return created;
        }
        catch
        {
            created.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="argv"/> in the namespace; throws unless it exits 0.</summary>
    public string Run(params string[] argv) => Programs.Require(Enter[0], [.. Enter.Skip(1), .. argv]);

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (mount's size=, e.g. "16k"), root's and 0755, on <paramref name="directory"/>.</summary>
    public void MountTmpfs(string directory, string size) => Run("mount", "-t", "tmpfs", "-o", $"size={size},mode=0755", "tmpfs", directory);

    /// <summary>Binds <paramref name="source"/> over <paramref name="target"/>.</summary>
    public void Bind(string source, string target) => Run("mount", "--bind", source, target);

    /// <summary>The path by which this process (outside) reaches <paramref name="path"/> as the namespace sees it.</summary>
    public string SeenFromInside(string path) => $"/proc/{_holder.Id}/root{path}";

    public void Dispose()
    {
        if (!_holder.HasExited)
        {
            _holder.Kill();
            _holder.WaitForExit(5000);
        }

        _holder.Dispose();
    }

    private static bool IsSleeping(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim() == "sleep";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
