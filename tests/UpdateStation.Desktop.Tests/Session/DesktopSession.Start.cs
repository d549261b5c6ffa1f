namespace UpdateStation.Desktop.Tests.Session;

/// <summary>Starting the X server and the bus (the shared <see cref="VirtualDisplay"/> and <see cref="SessionBus"/>).</summary>
public sealed partial class DesktopSession
{
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
        _bus = await SessionBus.StartAsync([$"--config-file={config}"], Environment);
    }
}
