using System.Diagnostics;

namespace UpdateStation.Tests.Shared;

/// <summary>
/// A system bus of one spec's own (root only): a dbus-daemon listening on /run/dbus/system_bus_socket in a
/// <see cref="MountNamespace"/> whose /run/dbus is a fresh tmpfs, and that lets anyone own and call anything. Programs
/// that ask the system bus at its fixed path see it when started with <see cref="Namespace"/>'s Enter prefix; this
/// process reaches it through <see cref="Address"/>. The host's bus is never touched.
/// </summary>
public sealed class PrivateSystemBus : IDisposable
{
    public const string SocketPath = "/run/dbus/system_bus_socket";

    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-system-bus-").FullName;
    private readonly MountNamespace _namespace;
    private Process? _daemon;

    private PrivateSystemBus(MountNamespace mountNamespace) => _namespace = mountNamespace;

    public static bool CanRun => MountNamespace.CanRun && File.Exists("/usr/bin/dbus-daemon");

    public MountNamespace Namespace => _namespace;

    /// <summary>The bus's address from outside the namespace (through /proc/PID/root).</summary>
    public string Address => $"unix:path={_namespace.SeenFromInside(SocketPath)}";

    /// <param name="mountNamespace">The namespace to start it in (owned from then on); null: a new one.</param>
    public static async Task<PrivateSystemBus> StartAsync(MountNamespace? mountNamespace = null, CancellationToken cancellationToken = default)
    {
        var bus = new PrivateSystemBus(mountNamespace ?? await MountNamespace.CreateAsync(cancellationToken));
        try
        {
            await bus.StartDaemonAsync(cancellationToken);
            return bus;
        }
        catch
        {
            bus.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_daemon is { HasExited: false })
        {
            _daemon.Kill();
            _daemon.WaitForExit(5000);
        }

        _daemon?.Dispose();
        _namespace.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartDaemonAsync(CancellationToken cancellationToken)
    {
        File.SetUnixFileMode(_directory, (UnixFileMode)0b111_101_101);
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
        Directory.CreateDirectory(Path.GetDirectoryName(SocketPath)!);
        _namespace.MountTmpfs(Path.GetDirectoryName(SocketPath)!, "1m");
        _daemon = Process.Start(Programs.StartInfo(_namespace.Enter[0], [.. _namespace.Enter.Skip(1), "dbus-daemon", "--nofork", $"--config-file={config}"]))!;
        _daemon.OutputDataReceived += (_, _) => { };
        _daemon.ErrorDataReceived += (_, _) => { };
        _daemon.BeginOutputReadLine();
        _daemon.BeginErrorReadLine();
        await Poll.UntilAsync(
            () => _daemon.HasExited ? throw new InvalidOperationException("dbus-daemon --system exited at start.") : File.Exists(_namespace.SeenFromInside(SocketPath)),
            TimeSpan.FromSeconds(20), () => "the system bus socket", cancellationToken);
    }
}
