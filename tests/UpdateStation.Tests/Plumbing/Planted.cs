namespace UpdateStation.Tests.Plumbing;

/// <summary>What a careless or hostile user plants in the runtime directory: FIFOs, directories, forged states.</summary>
internal static class Planted
{
    /// <summary>The station directory, created private (as the binary would) so something can be planted in it first.</summary>
    public static string StationDir(RuntimeDir dir)
    {
        Directory.CreateDirectory(dir.StationDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return dir.StationDir;
    }

    public static string StateFile(RuntimeDir dir) => Path.Combine(dir.StationDir, "instance.json");

    public static string LockFile(RuntimeDir dir) => Path.Combine(dir.StationDir, "instance.lock");

    public static void Fifo(string path)
    {
        using Process mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>A state file of the right shape naming <paramref name="pid"/>.</summary>
    public static void State(RuntimeDir dir, int pid) => File.WriteAllText(StateFile(dir),
        $$"""{"pid":{{pid}},"processStartTime":1,"mode":"tray","startedAt":"2026-01-01T00:00:00+00:00","activations":0,"checking":false,"lastCheck":null}""");

    /// <summary>Replaces the published state with a directory, so the instance cannot publish again.</summary>
    public static void DirectoryInPlaceOfTheState(RuntimeDir dir)
    {
        File.Delete(StateFile(dir));
        Directory.CreateDirectory(StateFile(dir));
    }

    /// <summary>Temporary files a failed write left behind.</summary>
    public static string[] Leftovers(RuntimeDir dir) => Directory.GetFiles(dir.StationDir, "*.tmp");
}
