using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Commands;

/// <summary>The sample apt world, once per test class, readable by every user (nobody's checks read it, never write it).</summary>
public sealed class ReadableSampleWorld() : SharedAptWorld(() =>
{
    var world = AptWorld.Sample().Publish();
    AptSpecs.MakeReadableByAll(world.Directory);
    return world;
})
{
    /// <summary>What nobody's check runs with: this world's APT_CONFIG, <paramref name="home"/> as HOME and its cache/ as XDG_CACHE_HOME.</summary>
    public Dictionary<string, string?> EnvironmentFor(string home) => new()
    {
        ["APT_CONFIG"] = World.ConfigPath,
        ["XDG_CACHE_HOME"] = Path.Combine(home, "cache"),
        ["HOME"] = home,
    };

    /// <summary>A new HOME for one test that every user may write (nobody's private cache goes there); the test deletes it.</summary>
    public static string CreateHome()
    {
        var home = Directory.CreateTempSubdirectory("update-station-home-").FullName;
        File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
        return home;
    }
}
