namespace UpdateStation.Tests.Plumbing;

/// <summary>An impostor: a copy of sleep(1) named update-station (same comm, the name in its cmdline, our uid).</summary>
internal static class Decoy
{
    /// <summary>Starts `update-station 600` from a private copy of sleep; killed with <paramref name="dir"/>.</summary>
    public static StationProcess Start(RuntimeDir dir)
    {
        string decoyDir = Directory.CreateDirectory(Path.Combine(dir.Root, "decoy")).FullName;
        string decoyPath = Path.Combine(decoyDir, "update-station");
        if (!File.Exists(decoyPath))
        {
            File.Copy("/bin/sleep", decoyPath);
            File.SetUnixFileMode(decoyPath, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        StationProcess decoy = StationProcess.StartProgram([decoyPath, "600"]);
        dir.Adopt(decoy);
        Assert.Equal("update-station", ProcEntry.Comm(decoy.Pid));
        return decoy;
    }
}
