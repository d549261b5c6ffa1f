namespace UpdateStation.Tests.Plumbing;

/// <summary>The published executable under test: UPDATE_STATION_BIN, else &lt;repo&gt;/artifacts/bin/update-station.</summary>
internal static class StationBinary
{
    private static readonly Lazy<string> s_path = new(Locate);

    public static string Path => s_path.Value;

    private static string Locate()
    {
        string? configured = Environment.GetEnvironmentVariable("UPDATE_STATION_BIN");
        string path = string.IsNullOrEmpty(configured) ? System.IO.Path.Combine(RepositoryRoot(), "artifacts", "bin", "update-station") : configured;
        return File.Exists(path)
            ? WorldReachable.File(System.IO.Path.GetFullPath(path))
            : throw new FileNotFoundException($"The binary under test '{path}' does not exist. Run ./build.sh first, or set UPDATE_STATION_BIN.", path);
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "build.sh")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No build.sh above '{AppContext.BaseDirectory}': cannot find the repository root.");
    }
}
