using System.Xml.Linq;

namespace UpdateStation.Tests.Packaging;

/// <summary>`make install` and `make uninstall` over the published artifacts, into a DESTDIR.</summary>
public sealed class MakeInstallSpecs : IDisposable
{
    private readonly StagingDirectory _work = new("make-install");

    public void Dispose() => _work.Dispose();

    [Theory(Timeout = 180_000)]
    [InlineData("/usr")]
    [InlineData("/usr/local")]
    public async Task Packager_can_install_every_file_with_its_mode_under_a_prefix(string prefix)
    {
        // Arrange: SYSCONFDIR is the binary's whatever the prefix, and the published binary reads /etc.
        const string Sysconfdir = "/etc";
        string artifacts = ArtifactsTree.Create(_work, withHelper: true);
        string destdir = _work["stage"];

        // Act
        await Tool.RequireAsync(["make", "--no-print-directory", "install", $"DESTDIR={destdir}", $"PREFIX={prefix}",
            $"ARTIFACTS={artifacts}", "LOGROTATION=logrotate", "ADMINGROUP=sudo"]);

        // Assert
        string[] expected =
        [
            $"{Sysconfdir}/logrotate.d/update-station",
            $"{Sysconfdir}/update-station/settings.toml",
            $"{Sysconfdir}/xdg/autostart/org.updatestation.UpdateStation.desktop",
            $"{prefix}/bin/update-station",
            $"{prefix}/lib/systemd/system/timers.target.wants/update-station-automatic.timer",
            $"{prefix}/lib/systemd/system/update-station-automatic.service",
            $"{prefix}/lib/systemd/system/update-station-automatic.timer",
            $"{prefix}/libexec/update-station-helper",
            $"{prefix}/share/applications/org.updatestation.UpdateStation.desktop",
            $"{prefix}/share/doc/update-station/examples/doas.conf",
            $"{prefix}/share/doc/update-station/examples/sudoers",
            .. ArtifactsTree.Icons.Select(icon => $"{prefix}/share/icons/hicolor/scalable/apps/{icon}"),
            .. ArtifactsTree.Languages().Select(lang => $"{prefix}/share/locale/{lang}/LC_MESSAGES/update-station.mo"),
            $"{prefix}/share/man/man1/update-station.1",
            $"{prefix}/share/man/man8/update-station-helper.8",
            $"{prefix}/share/metainfo/org.updatestation.UpdateStation.metainfo.xml",
            $"{prefix}/share/polkit-1/actions/org.updatestation.UpdateStation.policy",
        ];
        var stage = new FileTree(destdir);
        Assert.Equal(expected.Order(StringComparer.Ordinal), stage.Files());
        Assert.Equal((UnixFileMode)0b111_101_101, stage.ModeOf($"{prefix}/bin/update-station"));
        Assert.Equal((UnixFileMode)0b111_101_101, stage.ModeOf($"{prefix}/libexec/update-station-helper"));
        Assert.All(expected.Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/libexec/", StringComparison.Ordinal) && !f.Contains(".wants/", StringComparison.Ordinal)),
            f => Assert.Equal((UnixFileMode)0b110_100_100, stage.ModeOf(f)));
        Assert.Contains($"{prefix}/libexec/update-station-helper refresh", File.ReadAllText(stage[$"{prefix}/share/doc/update-station/examples/sudoers"]), StringComparison.Ordinal);
        Assert.Contains($"ExecStart={prefix}/libexec/update-station-helper automatic", File.ReadAllText(stage[$"{prefix}/lib/systemd/system/update-station-automatic.service"]), StringComparison.Ordinal);
        Assert.Equal("../update-station-automatic.timer", new FileInfo(stage[$"{prefix}/lib/systemd/system/timers.target.wants/update-station-automatic.timer"]).LinkTarget);
        var policy = XDocument.Load(stage[$"{prefix}/share/polkit-1/actions/org.updatestation.UpdateStation.policy"]);
        Assert.All(policy.Descendants("action"), action => Assert.Equal(
            $"{prefix}/libexec/update-station-helper",
            action.Elements("annotate").Single(a => (string?)a.Attribute("key") == "org.freedesktop.policykit.exec.path").Value));
    }

    [Fact(Timeout = 180_000)]
    public async Task Packager_can_install_without_the_helper_when_it_was_not_built()
    {
        // Arrange
        string artifacts = ArtifactsTree.Create(_work, withHelper: false);

        // Act
        await Tool.RequireAsync(["make", "--no-print-directory", "install", $"DESTDIR={_work["stage"]}", "PREFIX=/usr", $"ARTIFACTS={artifacts}"]);

        // Assert
        var stage = new FileTree(_work["stage"]);
        Assert.Contains("/usr/bin/update-station", stage.Files());
        Assert.DoesNotContain(stage.Files(), f => f.Contains("libexec", StringComparison.Ordinal));
    }

    [Fact(Timeout = 180_000)]
    public async Task Packager_can_uninstall_and_leave_no_file_behind()
    {
        // Arrange
        string artifacts = ArtifactsTree.Create(_work, withHelper: true);
        string[] variables = [$"DESTDIR={_work["stage"]}", "PREFIX=/usr", $"ARTIFACTS={artifacts}"];
        await Tool.RequireAsync(["make", "--no-print-directory", "install", .. variables]);

        // Act
        await Tool.RequireAsync(["make", "--no-print-directory", "uninstall", .. variables]);

        // Assert
        Assert.Empty(new FileTree(_work["stage"]).Files());
    }

    [Fact(Timeout = 180_000)]
    public async Task FreeBSD_port_plist_names_exactly_what_make_install_stages_with_the_ports_variables()
    {
        // Arrange: the variables packaging/freebsd/Makefile passes (EXAMPLESDIR as the ports tree sets it), and a
        // stand-in for the binary its do-build makes (-p:SysConfDir=/usr/local/etc), which cannot run here.
        string artifacts = ArtifactsTree.Create(_work, withHelper: true, sysConfDir: "/usr/local/etc");
        const string Examples = "/usr/local/share/examples/update-station";

        // Act
        await Tool.RequireAsync(["make", "--no-print-directory", "install", $"DESTDIR={_work["stage"]}", "PREFIX=/usr/local", "SYSCONFDIR=/usr/local/etc",
            "MANDIR=/usr/local/share/man", $"EXAMPLESDIR={Examples}", "ADMINGROUP=wheel", "LOGROTATION=newsyslog", "SCHEDULER=periodic", $"ARTIFACTS={artifacts}"]);

        // Assert: the ports framework compresses man pages after staging, so the plist names them with .gz; the
        // port's do-install renames the settings file to the `@sample` the plist names.
        IEnumerable<string> plist = File.ReadAllLines(Path.Combine(Repository.Packaging, "freebsd", "pkg-plist"))
            .Select(l => l.StartsWith("@sample ", StringComparison.Ordinal) && l.EndsWith(".sample", StringComparison.Ordinal) ? l["@sample ".Length..^".sample".Length] : l)
            .Where(l => l.Length > 0 && !l.StartsWith('@'))
            .Select(l => "/usr/local/" + l.Replace("%%EXAMPLESDIR%%", Examples["/usr/local/".Length..], StringComparison.Ordinal))
            .Select(l => l.Contains("/share/man/", StringComparison.Ordinal) && l.EndsWith(".gz", StringComparison.Ordinal) ? l[..^3] : l);
        Assert.Equal(plist.Order(StringComparer.Ordinal), new FileTree(_work["stage"]).Files());
    }

    [Fact(Timeout = 180_000)]
    public async Task Make_install_refuses_a_SYSCONFDIR_the_binary_does_not_read_with_one_line()
    {
        // Arrange: the published binary reads /etc/update-station/settings.toml.
        string artifacts = ArtifactsTree.Create(_work, withHelper: true);

        // Act
        StationResult result = await Tool.RunAsync(["make", "--no-print-directory", "install", $"DESTDIR={_work["stage"]}", "SYSCONFDIR=/usr/local/etc",
            $"ARTIFACTS={artifacts}"]);

        // Assert: our line, then make's own report of the failed recipe.
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(
            $"make: SYSCONFDIR is /usr/local/etc but {artifacts}/bin/update-station reads /etc/update-station/settings.toml: " +
            "rebuild with ./build.sh -p:SysConfDir=/usr/local/etc, or leave SYSCONFDIR out.",
            result.Stderr.Split('\n')[0]);
        Assert.DoesNotContain(result.Stderr.Split('\n').Skip(1), l => l.Length > 0 && !l.StartsWith("make: ***", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_work["stage"]), "nothing may be installed");
    }

    [Fact(Timeout = 180_000)]
    public async Task Administrators_edited_settings_file_survives_a_reinstall_and_an_uninstall()
    {
        // Arrange
        string artifacts = ArtifactsTree.Create(_work, withHelper: false);
        string[] variables = [$"DESTDIR={_work["stage"]}", $"ARTIFACTS={artifacts}"];
        await Tool.RequireAsync(["make", "--no-print-directory", "install", .. variables]);
        string settings = new FileTree(_work["stage"])["/etc/update-station/settings.toml"];
        File.WriteAllText(settings, "check-interval-minutes = 42\n");

        // Act
        await Tool.RequireAsync(["make", "--no-print-directory", "install", .. variables]);
        string afterReinstall = File.ReadAllText(settings);
        await Tool.RequireAsync(["make", "--no-print-directory", "uninstall", .. variables]);

        // Assert
        Assert.Equal("check-interval-minutes = 42\n", afterReinstall);
        Assert.Equal(["/etc/update-station/settings.toml"], new FileTree(_work["stage"]).Files());
    }

    [Theory(Timeout = 180_000)]
    [InlineData("logrotate", "/etc/logrotate.d/update-station")]
    [InlineData("newsyslog", "/etc/newsyslog.conf.d/update-station.conf")]
    public async Task Uninstall_keeps_the_autostart_and_log_rotation_files_an_administrator_edited_and_names_them(string rotation, string rotationFile)
    {
        // Arrange
        const string Autostart = "/etc/xdg/autostart/org.updatestation.UpdateStation.desktop";
        string artifacts = ArtifactsTree.Create(_work, withHelper: false);
        string[] variables = [$"DESTDIR={_work["stage"]}", $"ARTIFACTS={artifacts}", $"LOGROTATION={rotation}"];
        await Tool.RequireAsync(["make", "--no-print-directory", "install", .. variables]);
        var stage = new FileTree(_work["stage"]);
        File.AppendAllText(stage[Autostart], "X-GNOME-Autostart-enabled=false\n");
        File.AppendAllText(stage[rotationFile], "# rotated weekly here\n");

        // Act
        StationResult result = await Tool.RequireAsync(["make", "--no-print-directory", "uninstall", .. variables]);

        // Assert
        Assert.Equal(new[] { Autostart, rotationFile }.Order(StringComparer.Ordinal), stage.Files());
        Assert.EndsWith("X-GNOME-Autostart-enabled=false\n", File.ReadAllText(stage[Autostart]), StringComparison.Ordinal);
        string[] kept = [.. result.Stdout.Split('\n').Where(l => l.StartsWith("make: kept ", StringComparison.Ordinal))];
        Assert.Equal(
            [$"make: kept {stage[Autostart]}: it differs from the one make install put there.", $"make: kept {stage[rotationFile]}: it differs from the one make install put there."],
            kept);
    }

    [Fact(Timeout = 60_000)]
    public async Task Make_install_stops_with_one_line_when_nothing_was_built()
    {
        // Act
        StationResult result = await Tool.RunAsync(["make", "--no-print-directory", "install", $"DESTDIR={_work["stage"]}", $"ARTIFACTS={_work["empty"]}"]);

        // Assert
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("run ./build.sh first", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_work["stage"]), "nothing may be installed");
    }
}
