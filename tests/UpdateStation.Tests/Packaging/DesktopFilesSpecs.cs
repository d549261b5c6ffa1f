using System.Xml.Linq;

namespace UpdateStation.Tests.Packaging;

/// <summary>The menu and autostart entries, the AppStream metainfo and the polkit policy, as their validators see them.</summary>
public sealed class DesktopFilesSpecs : IDisposable
{
    private readonly StagingDirectory _work = new("desktop");

    public void Dispose() => _work.Dispose();

    [Theory(Timeout = 60_000)]
    [InlineData("org.updatestation.UpdateStation.desktop")]
    [InlineData("org.updatestation.UpdateStation.autostart.desktop")]
    public async Task Desktop_entry_made_with_its_translations_validates_without_errors_or_warnings(string file)
    {
        // Act: made as make install makes it; hints stay allowed (the menu entry is in both System and Settings, on purpose).
        string entry = await MakeAsync(file);
        StationResult result = await Tool.RunAsync(["desktop-file-validate", entry]);

        // Assert
        string output = result.Stdout + result.Stderr;
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("error:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning:", output, StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("org.updatestation.UpdateStation.desktop", "Name[fr]=", "GenericName[fr]=Mise à jour des logiciels", "Comment[fr]=Voir ", "Keywords[fr]=mise à jour;")]
    [InlineData("org.updatestation.UpdateStation.autostart.desktop", "Name[fr]=", "GenericName[fr]=Mise à jour des logiciels", "Comment[fr]=Recherche ")]
    public async Task Desktop_entry_carries_each_translation_of_po(string file, params string[] lines)
    {
        // Act
        string[] entry = await File.ReadAllLinesAsync(await MakeAsync(file));

        // Assert: French is the translation there today.
        Assert.All(lines, line => Assert.Contains(entry, l => l.StartsWith(line, StringComparison.Ordinal)));
    }

    [Fact(Timeout = 60_000)]
    public async Task Autostart_entry_starts_the_tray_and_the_menu_entry_checks_now_under_our_icon()
    {
        // Act
        string menu = await File.ReadAllTextAsync(await MakeAsync("org.updatestation.UpdateStation.desktop"));
        string autostart = await File.ReadAllTextAsync(await MakeAsync("org.updatestation.UpdateStation.autostart.desktop"));

        // Assert
        Assert.Contains("\nExec=update-station check-now\n", menu, StringComparison.Ordinal);
        Assert.Contains("\nIcon=update-station\n", menu, StringComparison.Ordinal);
        Assert.Contains("\nStartupWMClass=update-station\n", menu, StringComparison.Ordinal);
        Assert.Contains("\nExec=update-station tray\n", autostart, StringComparison.Ordinal);
        Assert.Contains("\nIcon=update-station\n", autostart, StringComparison.Ordinal);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("update-station.svg")]
    [InlineData("update-station-symbolic.svg")]
    [InlineData("update-station-updates-symbolic.svg")]
    [InlineData("update-station-security-symbolic.svg")]
    [InlineData("update-station-error-symbolic.svg")]
    public void Icon_is_a_square_SVG(string file)
    {
        // Act
        var svg = XDocument.Load(Path.Combine(Repository.Packaging, "icons", file)).Root!;

        // Assert
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Name);
        string[] box = ((string)svg.Attribute("viewBox")!).Split(' ');
        Assert.Equal(box[2], box[3]);
        Assert.NotEmpty(svg.Descendants());
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

    /// <summary>The entry as make install makes it: msgfmt --desktop from packaging/NAME.in and po/.</summary>
    private async Task<string> MakeAsync(string file)
    {
        string made = _work[file];
        await Tool.RequireAsync(["msgfmt", "--desktop", $"--template={Path.Combine(Repository.Packaging, file + ".in")}", "-d", Repository.File("po"), "-o", made]);
        return made;
    }
}
