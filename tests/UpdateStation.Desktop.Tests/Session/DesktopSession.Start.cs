namespace UpdateStation.Desktop.Tests.Session;

/// <summary>Starting the X server and the bus.</summary>
public sealed partial class DesktopSession
{
    /// <summary>Tries free display numbers until an Xvfb stays up and opens its socket.</summary>
    private async Task StartXvfbAsync()
    {
        for (var display = 90 + (System.Environment.ProcessId % 50); display < 200; display++)
        {
            if (File.Exists($"/tmp/.X{display}-lock") || File.Exists($"/tmp/.X11-unix/X{display}"))
            {
                continue;
            }

            var xvfb = SessionProcess.Start("Xvfb", [$":{display}", "-nolisten", "tcp", "-screen", "0", "1024x768x24"], new Dictionary<string, string>());
            try
            {
                await Eventually.TrueAsync(() => xvfb.HasExited || File.Exists($"/tmp/.X11-unix/X{display}"), "Xvfb's socket", 10_000);
            }
            catch (TimeoutException)
            {
                xvfb.Dispose();
                throw;
            }

            if (!xvfb.HasExited)
            {
                _xvfb = xvfb;
                Display = $":{display}";
                return;
            }

            xvfb.Dispose();
        }

        throw new InvalidOperationException("No free X display between :90 and :199.");
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
