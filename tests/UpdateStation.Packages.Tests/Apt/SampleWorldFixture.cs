using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>The sample apt world, published and refreshed once per test class, with the plan a root check computed on it.</summary>
public sealed class SampleWorldFixture : IAsyncLifetime
{
    public AptWorld World { get; } = AptWorld.Sample();

    public UpdatePlan Plan { get; private set; } = null!;

    internal AptBackendOptions Options => new() { AsRoot = true, Environment = World.Environment, MeasureSizes = true };

    public async ValueTask InitializeAsync()
    {
        World.Publish();
        Plan = await new AptBackend(Options).CheckAsync(refresh: true);
    }

    public ValueTask DisposeAsync()
    {
        World.Dispose();
        return ValueTask.CompletedTask;
    }
}
