namespace UpdateStation.Tests.Packaging;

/// <summary>A stand-in for build.sh's artifacts/ (bin/, optionally libexec/), for make install to copy.</summary>
internal static class ArtifactsTree
{
    /// <summary>Our icons, as make install puts them in DATADIR/icons/hicolor/scalable/apps.</summary>
    public static readonly string[] Icons =
    [
        "update-station.svg", "update-station-symbolic.svg", "update-station-updates-symbolic.svg",
        "update-station-security-symbolic.svg", "update-station-error-symbolic.svg",
    ];

    /// <param name="sysConfDir">
    /// Null: the published binary (built with the default SYSCONFDIR, /etc). Else a stand-in for a binary built with
    /// `-p:SysConfDir=DIR` where that build cannot run here (FreeBSD's): it prints the first line of `settings`, as the real one does.
    /// </param>
    public static string Create(StagingDirectory folder, bool withHelper, string? sysConfDir = null)
    {
        string artifacts = folder["artifacts"];
        string binary = Path.Combine(artifacts, "bin", "update-station");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        if (sysConfDir is null)
        {
            File.Copy(StationBinary.Path, binary);
        }
        else
        {
            WriteScript(binary, $"#!/bin/sh\necho '# system file: {sysConfDir}/update-station/settings.toml'\n");
        }

        if (withHelper)
        {
            // The helper is another engineer's; any executable file shows that make install carries it.
            WriteScript(Path.Combine(artifacts, "libexec", "update-station-helper"), "#!/bin/sh\nexit 1\n");
        }

        return artifacts;
    }

    private static void WriteScript(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }

    /// <summary>The languages po/ translates into (each installs one .mo).</summary>
    public static IEnumerable<string> Languages() =>
        Directory.Exists(Repository.File("po"))
            ? Directory.EnumerateFiles(Repository.File("po"), "*.po").Select(p => Path.GetFileNameWithoutExtension(p)!)
            : [];
}
