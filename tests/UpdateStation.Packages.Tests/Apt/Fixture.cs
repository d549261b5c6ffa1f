namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Reads captured real apt output from Apt/Fixtures.</summary>
internal static class Fixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Apt", "Fixtures", name));
}
