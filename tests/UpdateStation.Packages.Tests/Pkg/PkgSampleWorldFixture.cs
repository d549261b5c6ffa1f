using UpdateStation.Packages.Model;
using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>The sample pkg world, built once per test class with the real pkg, and the plan a root check computed on it.</summary>
public sealed class PkgSampleWorldFixture : IAsyncLifetime
{
    public PkgWorld World { get; } = PkgWorld.Sample();

    public UpdatePlan Plan { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        World.Build();
        Plan = await new PkgBackend(RealPkgOptions.For(World, isRoot: true)).CheckAsync(refresh: true);
    }

    public ValueTask DisposeAsync()
    {
        World.Dispose();
        return ValueTask.CompletedTask;
    }
}
