namespace UpdateStation.Tests.Packaging;

/// <summary>One .deb built by packaging/deb/build for the whole class (building it runs lintian, which is slow).</summary>
public sealed class DebPackage : IAsyncLifetime
{
    private readonly StagingDirectory _output = new("deb");

    public string Path { get; private set; } = "";

    internal StationResult Build { get; private set; } = new(0, -1, "", "");

    public async ValueTask InitializeAsync()
    {
        Build = await Tool.RunAsync([Repository.File("packaging", "deb", "build"), _output.Path]);
        Path = Directory.EnumerateFiles(_output.Path, "update-station_*.deb").SingleOrDefault() ?? "";
    }

    public ValueTask DisposeAsync()
    {
        _output.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The files the package installs, with the mode each must have.</summary>
    internal static IReadOnlyDictionary<string, UnixFileMode> ExpectedFiles()
    {
        const UnixFileMode Data = (UnixFileMode)0b110_100_100;
        const UnixFileMode Program = (UnixFileMode)0b111_101_101;
        var files = new Dictionary<string, UnixFileMode>(StringComparer.Ordinal)
        {
            ["/etc/logrotate.d/update-station"] = Data,
            ["/etc/update-station/settings.toml"] = Data,
            ["/etc/xdg/autostart/org.updatestation.UpdateStation.desktop"] = Data,
            ["/usr/bin/update-station"] = Program,
            ["/usr/lib/systemd/system/update-station-automatic.service"] = Data,
            ["/usr/lib/systemd/system/update-station-automatic.timer"] = Data,
            ["/usr/lib/systemd/system/timers.target.wants/update-station-automatic.timer"] = Data, // A link to the timer: enabled.
            ["/usr/share/applications/org.updatestation.UpdateStation.desktop"] = Data,
            ["/usr/share/doc/update-station/changelog.gz"] = Data,
            ["/usr/share/doc/update-station/copyright"] = Data,
            ["/usr/share/doc/update-station/examples/doas.conf"] = Data,
            ["/usr/share/doc/update-station/examples/sudoers"] = Data,
            ["/usr/share/lintian/overrides/update-station"] = Data,
            ["/usr/share/man/man1/update-station.1.gz"] = Data,
            ["/usr/share/man/man8/update-station-helper.8.gz"] = Data,
            ["/usr/share/metainfo/org.updatestation.UpdateStation.metainfo.xml"] = Data,
            ["/usr/share/polkit-1/actions/org.updatestation.UpdateStation.policy"] = Data,
        };
        foreach (string icon in ArtifactsTree.Icons)
        {
            files[$"/usr/share/icons/hicolor/scalable/apps/{icon}"] = Data;
        }

        foreach (string language in ArtifactsTree.Languages())
        {
            files[$"/usr/share/locale/{language}/LC_MESSAGES/update-station.mo"] = Data;
        }

        if (File.Exists(Repository.File("artifacts", "libexec", "update-station-helper")))
        {
            files["/usr/libexec/update-station-helper"] = Program;
        }

        return files;
    }
}
