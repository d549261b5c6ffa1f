namespace UpdateStation.Tests.Plumbing;

/// <summary>One held lock from /proc/locks: "1: FLOCK  ADVISORY  WRITE 1234 00:2d:5678 0 EOF".</summary>
internal sealed record FileLockEntry(string Kind, string Access, int Pid, ulong Inode)
{
    /// <summary>The locks held (not waited for) on the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<FileLockEntry> HeldOn(string path)
    {
        ulong inode = FileStatus.Of(path).Inode;
        List<FileLockEntry> entries = [];
        foreach (string line in File.ReadLines("/proc/locks"))
        {
            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[1] == "->")
            {
                continue;
            }

            string[] device = fields[5].Split(':');
            if (device.Length == 3 && ulong.TryParse(device[2], out ulong lockedInode) && lockedInode == inode
                && int.TryParse(fields[4], out int pid))
            {
                entries.Add(new FileLockEntry(fields[1], fields[3], pid, lockedInode));
            }
        }

        return entries;
    }
}
