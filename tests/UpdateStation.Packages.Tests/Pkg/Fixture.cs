namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>Plans written from what pkg prints (the pkg backend's checked facts), in Pkg/Fixtures.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Pkg", "Fixtures", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
