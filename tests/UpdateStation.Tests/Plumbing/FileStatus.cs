namespace UpdateStation.Tests.Plumbing;

/// <summary>Owner, mode and inode of a path, from stat(1) (the BCL exposes the mode but not the owner).</summary>
internal sealed record FileStatus(uint Uid, string OctalMode, ulong Inode)
{
    public static FileStatus Of(string path)
    {
        ProcessStartInfo startInfo = new("stat") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])["-c", "%u %a %i", "--", path])
        {
            startInfo.ArgumentList.Add(arg);
        }

        using Process stat = Process.Start(startInfo)!;
        string output = stat.StandardOutput.ReadToEnd();
        string error = stat.StandardError.ReadToEnd();
        Assert.True(stat.WaitForExit(10_000) && stat.ExitCode == 0, $"stat '{path}' failed: {error}");
        string[] fields = output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new FileStatus(uint.Parse(fields[0]), fields[1], ulong.Parse(fields[2]));
    }
}
