using System.Xml.Linq;

namespace UpdateStation.Tests.Packaging;

/// <summary>The menu and autostart entries, the AppStream metainfo and the polkit policy, as their validators see them.</summary>
public sealed class DesktopFilesSpecs
{
    [Theory(Timeout = 60_000)]
    [InlineData("org.updatestation.UpdateStation.desktop")]
    [InlineData("org.updatestation.UpdateStation.autostart.desktop")]
    public async Task Desktop_entry_validates_without_errors_or_warnings(string file)
    {
        // Act: hints stay allowed (the menu entry is in both System and Settings, on purpose).
        StationResult result = await Tool.RunAsync(["desktop-file-validate", Path.Combine(Repository.Packaging, file)]);

        // Assert
        string output = result.Stdout + result.Stderr;
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("error:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning:", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Autostart_entry_starts_the_tray_and_the_menu_entry_checks_now()
    {
        // Act
        string menu = await File.ReadAllTextAsync(Path.Combine(Repository.Packaging, "org.updatestation.UpdateStation.desktop"));
        string autostart = await File.ReadAllTextAsync(Path.Combine(Repository.Packaging, "org.updatestation.UpdateStation.autostart.desktop"));

        // Assert
        Assert.Contains("\nExec=update-station check-now\n", menu, StringComparison.Ordinal);
        Assert.Contains("\nIcon=system-software-update\n", menu, StringComparison.Ordinal);
        Assert.Contains("\nExec=update-station tray\n", autostart, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Metainfo_validates_offline()
    {
        // Act
        StationResult result = await Tool.RunAsync(["appstreamcli", "validate", "--no-net", Path.Combine(Repository.Packaging, "org.updatestation.UpdateStation.metainfo.xml")]);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact(Timeout = 60_000)]
    public void Policy_binds_each_action_to_one_verb_of_the_helper()
    {
        // Arrange
        var policy = XDocument.Load(Path.Combine(Repository.Packaging, "org.updatestation.UpdateStation.policy.in"));

        // Act
        var actions = policy.Descendants("action").ToDictionary(
            a => (string)a.Attribute("id")!,
            a => (Verb: Annotation(a, "org.freedesktop.policykit.exec.argv1"), Path: Annotation(a, "org.freedesktop.policykit.exec.path"),
                Active: a.Element("defaults")!.Element("allow_active")!.Value));

        // Assert
        Assert.Equal(("refresh", "yes"), (actions["org.updatestation.UpdateStation.refresh"].Verb, actions["org.updatestation.UpdateStation.refresh"].Active));
        Assert.Equal(("upgrade", "auth_admin_keep"), (actions["org.updatestation.UpdateStation.upgrade"].Verb, actions["org.updatestation.UpdateStation.upgrade"].Active));
        Assert.Equal(("reboot", "auth_admin_keep"), (actions["org.updatestation.UpdateStation.reboot"].Verb, actions["org.updatestation.UpdateStation.reboot"].Active));
        Assert.All(actions.Values, a => Assert.Equal("@LIBEXECDIR@/update-station-helper", a.Path));
        Assert.Equal(3, actions.Count);
    }

    private static string Annotation(XElement action, string key) =>
        action.Elements("annotate").Single(a => (string?)a.Attribute("key") == key).Value;
}
