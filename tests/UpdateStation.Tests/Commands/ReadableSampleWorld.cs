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
    /// <summary>A new HOME for one test that every user may write (nobody's private cache goes there); the test deletes it.</summary>
    public static string CreateHome()
    {
        var home = Directory.CreateTempSubdirectory("update-station-home-").FullName;
        File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
        return home;
    }
}
