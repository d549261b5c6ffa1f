namespace UpdateStation.Tests.Shared;

/// <summary>
/// An apt world one test class shares (<c>IClassFixture&lt;SharedAptWorld&gt;</c>): the sample world, or what a derived
/// fixture builds, made on first use (a class whose tests all skip builds none) and deleted after the class's last test.
/// </summary>
/// <remarks>
/// Only for tests that read the world: checks, plans, refreshes of its lists (xunit runs a class's tests one at a time,
/// and a refresh of the same repositories leaves the same lists). A test that installs into its dpkg root, or changes
/// its configuration or repositories, builds a world of its own.
/// </remarks>
public class SharedAptWorld : IDisposable
{
    private readonly Lazy<AptWorld> _world;

    public SharedAptWorld()
        : this(() => AptWorld.Sample().Publish())
    {
    }

    /// <param name="build">Builds and publishes the world, once, when a test first asks for it.</param>
    protected SharedAptWorld(Func<AptWorld> build) => _world = new(build);

    /// <summary>The world, built by the first test that asks.</summary>
    public AptWorld World => _world.Value;

    /// <summary>Whether a test has asked for the world yet (a reset after a skipped test has nothing to do).</summary>
    public bool IsBuilt => _world.IsValueCreated;

    public void Dispose()
    {
        if (_world.IsValueCreated)
        {
            _world.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
