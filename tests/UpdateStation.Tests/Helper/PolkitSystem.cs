using System.Diagnostics;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// A real polkit for one spec: a system bus on /run/dbus/system_bus_socket, polkitd, the helper's actions (a test copy of
/// packaging's policy, exec.path = the helper under test) and a rule that authorizes one user (nobody unless told); all
/// removed on Dispose.
/// </summary>
/// <remarks>
/// pkexec is setuid, and GLib then ignores DBUS_SYSTEM_BUS_ADDRESS: it always asks the bus at /run/dbus/system_bus_socket
/// (checked here). So the spec runs only where no system bus runs (<see cref="CanRun"/>), starts one at that address, and
/// stops it and removes the socket afterwards, leaving the machine as it found it.
/// </remarks>
internal sealed class PolkitSystem : IDisposable
{
    public const string SocketPath = "/run/dbus/system_bus_socket";
    private const string Polkitd = "/usr/lib/polkit-1/polkitd";

    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-polkit-").FullName;
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];
    private readonly List<Process> _processes = [];

    public static bool CanRun => File.Exists(Polkitd) && File.Exists("/usr/bin/pkexec") && NoSystemBus();

    /// <summary>
    /// True when no system bus answers at <see cref="SocketPath"/>. A socket file nobody listens on (left by a killed
    /// run) is removed: it is no bus, and it would keep every polkit spec from running here again.
    /// </summary>
    private static bool NoSystemBus()
    {
        if (!File.Exists(SocketPath))
        {
            return true;
        }

        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        try
        {
            socket.Connect(new System.Net.Sockets.UnixDomainSocketEndPoint(SocketPath));
            return false;
        }
        catch (System.Net.Sockets.SocketException ex) when (ex.SocketErrorCode == System.Net.Sockets.SocketError.ConnectionRefused)
        {
            File.Delete(SocketPath);
            return true;
        }
    }

    private string PolicyPath => $"/usr/share/polkit-1/actions/org.updatestation.tests-{_tag}.policy";

    private string RulesPath => $"/etc/polkit-1/rules.d/49-update-station-tests-{_tag}.rules";

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
        foreach (var process in Enumerable.Reverse(_processes))
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(5000);
            }

            process.Dispose();
        }

        foreach (var path in new[] { SocketPath, PolicyPath, RulesPath })
        {
            File.Delete(path);
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartProcessesAsync(string helperPath, string authorizedUser, CancellationToken cancellationToken)
    {
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
        Start("dbus-daemon", "--nofork", $"--config-file={config}");
        await WaitForAsync(() => File.Exists(SocketPath), "the system bus socket", cancellationToken);
        File.WriteAllText(PolicyPath, PolkitPolicy.Render(helperPath));
        File.WriteAllText(RulesPath, $$"""
            polkit.addRule(function(action, subject) {
                if (action.id.indexOf("org.updatestation.UpdateStation.") == 0 && subject.user == "{{authorizedUser}}") {
                    return polkit.Result.YES;
                }
            });
            """);
        Start(Polkitd, "--no-debug");
        await WaitForAsync(PolkitdOwnsItsName, "polkitd on the system bus", cancellationToken);
    }

    private void Start(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private static bool PolkitdOwnsItsName()
    {
        var start = new ProcessStartInfo("dbus-send") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--system", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.PolicyKit1"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Contains("boolean true", StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what, CancellationToken cancellationToken)
    {
        for (var waited = 0; waited < 100; waited++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Waited 10 s for {what}.");
    }
}
