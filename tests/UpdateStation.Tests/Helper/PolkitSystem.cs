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
/// argv (before setpriv: joining a namespace needs root). The namespace and the bus are TestSupport's
/// <see cref="MountNamespace"/> and <see cref="PrivateSystemBus"/>.
/// </remarks>
internal sealed class PolkitSystem : IDisposable
{
    private const string Polkitd = "/usr/lib/polkit-1/polkitd";
    private const UnixFileMode ReadableByAll = (UnixFileMode)0b111_101_101;

    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-polkit-").FullName;
    private PrivateSystemBus? _bus;
    private Process? _polkitd;

    public static bool CanRun => PrivateSystemBus.CanRun && new[] { Polkitd, "/usr/bin/pkexec" }.All(File.Exists);

    /// <summary>The argv prefix that runs a program in this polkit's mount namespace (with its /run/dbus).</summary>
    public IReadOnlyList<string> Enter => _bus!.Namespace.Enter;

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
        if (_polkitd is { HasExited: false })
        {
            _polkitd.Kill();
            _polkitd.WaitForExit(5000);
        }

        _polkitd?.Dispose();
        _bus?.Dispose();
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

        var mounts = await MountNamespace.CreateAsync(cancellationToken);
        try
        {
            mounts.Bind(actions, "/usr/share/polkit-1/actions");
            mounts.Bind(rules, "/etc/polkit-1/rules.d");
        }
        catch
        {
            mounts.Dispose();
            throw;
        }

        _bus = await PrivateSystemBus.StartAsync(mounts, cancellationToken);
        _polkitd = Process.Start(Programs.StartInfo(Enter[0], [.. Enter.Skip(1), Polkitd, "--no-debug"]))!;
        _polkitd.OutputDataReceived += (_, _) => { };
        _polkitd.ErrorDataReceived += (_, _) => { };
        _polkitd.BeginOutputReadLine();
        _polkitd.BeginErrorReadLine();
        await Poll.UntilAsync(PolkitdOwnsItsName, TimeSpan.FromSeconds(20), () => "polkitd on the system bus", cancellationToken);
    }

    private bool PolkitdOwnsItsName() =>
        Programs.Run(Enter[0], [.. Enter.Skip(1), "dbus-send", "--system", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.PolicyKit1"])
            .Output.Contains("boolean true", StringComparison.Ordinal);
}
