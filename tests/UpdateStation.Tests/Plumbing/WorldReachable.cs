namespace UpdateStation.Tests.Plumbing;

/// <summary>
/// Paths another user (nobody) can reach. The published binary and the fakes live under the checkout, and CI may put
/// the checkout in a folder only root can enter; then they are copied once into a world-readable folder in /tmp.
/// </summary>
internal static class WorldReachable
{
    private const UnixFileMode Shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static readonly Lazy<string> s_copies = new(CreateCopiesDirectory);

    /// <summary><paramref name="path"/> itself when every folder above it lets others through, else a copy that does.</summary>
    public static string File(string path)
    {
        if (IsReachable(path))
        {
            return path;
        }

        string copy = Path.Combine(s_copies.Value, Path.GetFileName(path));
        System.IO.File.Copy(path, copy, overwrite: true);
        System.IO.File.SetUnixFileMode(copy, Shared);
        return copy;
    }

    /// <summary>The same for a folder of files (not recursive).</summary>
    public static string Directory(string path)
    {
        if (IsReachable(path))
        {
            return path;
        }

        string copy = System.IO.Directory.CreateDirectory(Path.Combine(s_copies.Value, Path.GetFileName(path))).FullName;
        System.IO.File.SetUnixFileMode(copy, Shared);
        foreach (string file in System.IO.Directory.EnumerateFiles(path))
        {
            string target = Path.Combine(copy, Path.GetFileName(file));
            System.IO.File.Copy(file, target, overwrite: true);
            System.IO.File.SetUnixFileMode(target, Shared);
        }

        return copy;
    }

    private static bool IsReachable(string path)
    {
        for (DirectoryInfo? dir = new FileInfo(path).Directory; dir is not null; dir = dir.Parent)
        {
            if ((System.IO.File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string CreateCopiesDirectory()
    {
        string root = System.IO.Directory.CreateDirectory($"/tmp/update-station-specs-{Environment.ProcessId}").FullName;
        System.IO.File.SetUnixFileMode(root, Shared);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(root, recursive: true);
        return root;
    }
}
