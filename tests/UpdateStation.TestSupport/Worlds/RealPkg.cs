namespace UpdateStation.Tests.Shared;

/// <summary>
/// The real pkg for tests: the repository's `tests/tools/freebsd-pkg/pkg-for-tests` prints the path of a Linux
/// build of FreeBSD's pkg (building it once if needed). Tests fail, rather than skip, when it cannot be had.
/// </summary>
public static class RealPkg
{
    private static readonly Lazy<string> s_path = new(Locate);

    public static string Path => s_path.Value;

    private static string Locate()
    {
        var script = System.IO.Path.Combine(Repository.Root, "tests", "tools", "freebsd-pkg", "pkg-for-tests");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"No {script}: the real pkg for the tests lives in tests/tools/freebsd-pkg.");
        }

        var (exitCode, output, error) = PkgWorld.Run(script, []);
        var path = output.Trim();
        return exitCode == 0 && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"pkg-for-tests failed (exit {exitCode}): {error.Trim()}");
    }
}
