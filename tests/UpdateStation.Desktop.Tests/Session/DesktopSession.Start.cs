namespace UpdateStation.Desktop.Tests.Session;

/// <summary>Starting the X server and the bus.</summary>
public sealed partial class DesktopSession
{
    /// <summary>Starts Xvfb on a display it picks itself, and waits until it says which (it is ready then).</summary>
    /// <remarks>
    /// -displayfd takes the first display no live server listens on, and leaves no lock file behind when killed
    /// (stale /tmp/.X*-lock files used to fill the range this fixture searched). -noreset: an X server resets when its
    /// last client leaves and drops every client that connected meanwhile ("cannot open display").
    /// </remarks>
    private async Task StartXvfbAsync()
    {
        var display = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _xvfb = SessionProcess.Start(
            "Xvfb", ["-displayfd", "1", "-noreset", "-nolisten", "tcp", "-screen", "0", "1024x768x24"], new Dictionary<string, string>(),
            line => display.TrySetResult(line.Trim()));
        await Eventually.TrueAsync(() => display.Task.IsCompleted || _xvfb.HasExited, "Xvfb to print its display", StartTimeoutMs);
        Display = display.Task.IsCompleted ? $":{display.Task.Result}" : throw new InvalidOperationException($"Xvfb exited at start:\n{_xvfb.Output}");
    }

    /// <summary>A session bus with its own configuration: everything allowed, and only xfconfd activatable.</summary>
    private async Task StartBusAsync()
    {
        var services = Directory.CreateDirectory(Path.Combine(_root, "services")).FullName;
        File.Copy("/usr/share/dbus-1/services/org.xfce.Xfconf.service", Path.Combine(services, "org.xfce.Xfconf.service"));
        var config = Path.Combine(_root, "bus.conf");
        File.WriteAllText(config, $"""
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:dir={_root}</listen>
              <auth>EXTERNAL</auth>
              <servicedir>{services}</servicedir>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """);
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _bus = SessionProcess.Start(
            "dbus-daemon", [$"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
            Environment, line => address.TrySetResult(line.Trim()));
        BusAddress = await address.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
