namespace UpdateStation.Tests.Shared;

/// <summary>The checkout under test: the folder that holds build.sh, packaging/ and the Makefile.</summary>
public static class Repository
{
    private static readonly Lazy<string> s_root = new(Locate);

    public static string Root => s_root.Value;

    public static string Packaging => Path.Combine(Root, "packaging");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Locate()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "build.sh")) && Directory.Exists(Path.Combine(dir.FullName, "packaging")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No build.sh and packaging/ above '{AppContext.BaseDirectory}'.");
    }
}
