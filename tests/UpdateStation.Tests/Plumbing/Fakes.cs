namespace UpdateStation.Tests.Plumbing;

/// <summary>The stand-in the instance specs put first on PATH: tests/UpdateStation.Tests/fakes/pkg, copied to instance-fakes/.</summary>
internal static class Fakes
{
    private static readonly Lazy<string> s_directory = new(Prepare);

    /// <summary>A directory holding only the fakes, readable and executable by every user (nobody runs them too).</summary>
    public static string Directory => s_directory.Value;

    private static string Prepare()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "instance-fakes");
        string pkg = Path.Combine(dir, "pkg");
        if (!File.Exists(pkg))
        {
            throw new FileNotFoundException($"The fake pkg '{pkg}' was not copied to the test output.", pkg);
        }

        // A build copy may not keep the exec bits.
        const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(pkg, Executable);
        return WorldReachable.Directory(dir);
    }
}
