namespace UpdateStation.Tests.Plumbing;

/// <summary>A 64 KiB tmpfs mounted for one test (root only), so a test can fill a disk; unmounted on disposal.</summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount(string path)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", path);
        return new SmallDisk(path);
    }

    /// <summary>Fills the disk: a filler file, then <paramref name="files"/> (their last pages too), until no byte fits.</summary>
    /// <remarks>tmpfs allocates whole pages: a file's partly used last page still takes appends on a full disk.</remarks>
    public void Fill(params string[] files)
    {
        foreach (string file in (string[])[System.IO.Path.Combine(Path, "filler"), .. files])
        {
            using FileStream stream = new(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            try
            {
                for (int i = 0; i < 1024; i++)
                {
                    stream.Write(new byte[4096]);
                }

                Assert.Fail($"4 MiB fitted on the 64 KiB tmpfs at {Path}.");
            }
            catch (IOException)
            {
                // ENOSPC: full, as intended.
            }
        }
    }

    public void Dispose() => Run("umount", "-l", Path);

    private static void Run(string program, params string[] arguments)
    {
        ProcessStartInfo startInfo = new(program) { RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(startInfo)!;
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(10_000) && process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {error}");
    }
}
