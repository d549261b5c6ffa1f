using System.Diagnostics;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// A real polkit for one spec, in a mount namespace of its own: a private /run/dbus with a system bus, polkitd, the
/// helper's actions (a test copy of packaging's policy, exec.path = the helper under test) as the only actions, and a rule
/// that authorizes one user (nobody unless told) as the only rules; all gone on Dispose. The host's bus, actions and
/// rules are never touched, so it runs wherever root can, a desktop with its own system bus included.
/// </summary>
/// <remarks>
/// pkexec is setuid, and GLib then ignores DBUS_SYSTEM_BUS_ADDRESS: it always asks the bus at /run/dbus/system_bus_socket
/// (checked here). So whatever runs pkexec must see the private /run/dbus: start it with <see cref="Enter"/> first in its
/// argv (before setpriv: joining a namespace needs root). The namespace is held by `unshare --mount --propagation private
/// sleep infinity`; every other process joins it with nsenter, and the mounts vanish with the last of them.
/// </remarks>
internal sealed class PolkitSystem : IDisposable
{
    public const string SocketPath = "/run/dbus/system_bus_socket";
    private const string Polkitd = "/usr/lib/polkit-1/polkitd";
    private const UnixFileMode ReadableByAll = (UnixFileMode)0b111_101_101;

    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-polkit-").FullName;
    private readonly List<Process> _processes = [];
    private Process? _holder;

    public static bool CanRun => new[] { Polkitd, "/usr/bin/pkexec", "/usr/bin/unshare", "/usr/bin/nsenter" }.All(File.Exists);

    /// <summary>The argv prefix that runs a program in this polkit's mount namespace (with its /run/dbus).</summary>
    public IReadOnlyList<string> Enter => ["nsenter", $"--mount=/proc/{_holder!.Id}/ns/mnt", "--"];

    public static async Task<PolkitSystem> StartAsync(string helperPath, CancellationToken cancellationToken, string authorizedUser = "nobody")
    {
        var system = new PolkitSystem();
        try
        {
            await system.StartProcessesAsync(helperPath, authorizedUser, cancellationToken);
            return system;
        }
        catch
        {
            system.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(_processes).Append(_holder))
        {
            if (process is { HasExited: false })
            {
                process.Kill();
                process.WaitForExit(5000);
            }

            process?.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartProcessesAsync(string helperPath, string authorizedUser, CancellationToken cancellationToken)
    {
        File.SetUnixFileMode(_directory, ReadableByAll);
        var actions = Directory.CreateDirectory(Path.Combine(_directory, "actions"), ReadableByAll).FullName;
        var rules = Directory.CreateDirectory(Path.Combine(_directory, "rules.d"), ReadableByAll).FullName;
        File.WriteAllText(Path.Combine(actions, "org.updatestation.tests.policy"), PolkitPolicy.Render(helperPath));
        File.WriteAllText(Path.Combine(rules, "49-update-station-tests.rules"), $$"""
            polkit.addRule(function(action, subject) {
                if (action.id.indexOf("org.updatestation.UpdateStation.") == 0 && subject.user == "{{authorizedUser}}") {
                    return polkit.Result.YES;
                }
            });
            """);
        var config = Path.Combine(_directory, "system-bus.conf");
        File.WriteAllText(config, $"""
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>system</type>
              <listen>unix:path={SocketPath}</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow user="*"/>
                <allow own="*"/>
                <allow send_destination="*"/>
                <allow receive_sender="*"/>
              </policy>
            </busconfig>
            """);

        _holder = Start("unshare", "--mount", "--propagation", "private", "--", "sleep", "infinity");
        // Once unshare has exec'd sleep, the namespace exists and its mounts are private: nothing mounted in it reaches the host.
        await WaitForAsync(() => _holder.HasExited ? throw new InvalidOperationException("unshare --mount failed.") : IsSleeping(_holder.Id), "the mount namespace", cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(SocketPath)!);
        InNamespace("mount", "-t", "tmpfs", "-o", "mode=0755", "tmpfs", Path.GetDirectoryName(SocketPath)!);
        InNamespace("mount", "--bind", actions, "/usr/share/polkit-1/actions");
        InNamespace("mount", "--bind", rules, "/etc/polkit-1/rules.d");

        _processes.Add(Start([.. Enter, "dbus-daemon", "--nofork", $"--config-file={config}"]));
        var socketSeenFromTheNamespace = $"/proc/{_holder.Id}/root{SocketPath}";
        await WaitForAsync(() => File.Exists(socketSeenFromTheNamespace), "the system bus socket", cancellationToken);
        _processes.Add(Start([.. Enter, Polkitd, "--no-debug"]));
        await WaitForAsync(PolkitdOwnsItsName, "polkitd on the system bus", cancellationToken);
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

    private void InNamespace(params string[] argv) => Programs.Require(Enter[0], [.. Enter.Skip(1), .. argv]);

    private static Process Start(params string[] argv)
    {
        var process = Process.Start(Programs.StartInfo(argv[0], argv[1..]))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private bool PolkitdOwnsItsName() =>
        Programs.Run(Enter[0], [.. Enter.Skip(1), "dbus-send", "--system", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.PolicyKit1"])
            .Output.Contains("boolean true", StringComparison.Ordinal);

    private static Task WaitForAsync(Func<bool> condition, string what, CancellationToken cancellationToken) =>
        Poll.UntilAsync(condition, TimeSpan.FromSeconds(20), () => what, cancellationToken);
}
