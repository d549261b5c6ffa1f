namespace UpdateStation.Tests.Packaging;

/// <summary>A stand-in for build.sh's artifacts/ (bin/, optionally libexec/), for make install to copy.</summary>
internal static class ArtifactsTree
{
    public static string Create(StagingDirectory folder, bool withHelper)
    {
        string artifacts = folder["artifacts"];
        Directory.CreateDirectory(Path.Combine(artifacts, "bin"));
        File.Copy(StationBinary.Path, Path.Combine(artifacts, "bin", "update-station"));
        if (withHelper)
        {
            // The helper is another engineer's; any executable file shows that make install carries it.
            string helper = Path.Combine(artifacts, "libexec", "update-station-helper");
            Directory.CreateDirectory(Path.GetDirectoryName(helper)!);
            File.WriteAllText(helper, "#!/bin/sh\nexit 1\n");
            File.SetUnixFileMode(helper, (UnixFileMode)0b111_101_101);
        }

        return artifacts;
    }

    /// <summary>The languages po/ translates into (each installs one .mo).</summary>
    public static IEnumerable<string> Languages() =>
        Directory.Exists(Repository.File("po"))
            ? Directory.EnumerateFiles(Repository.File("po"), "*.po").Select(p => Path.GetFileNameWithoutExtension(p)!)
            : [];
}
