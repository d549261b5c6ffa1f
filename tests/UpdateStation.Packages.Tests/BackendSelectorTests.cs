using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests;

/// <summary>The backend named, with the step timeout the settings give (`check-timeout-minutes`).</summary>
public sealed class BackendSelectorTests
{
    [Theory]
    [InlineData("apt")]
    [InlineData("pkg")]
    public void Create_NoTimeout_TenMinutes(string name)
    {
        var backend = BackendSelector.Create(name);

        Assert.Equal(TimeSpan.FromMinutes(10), StepTimeoutOf(backend));
    }

    [Theory]
    [InlineData("apt")]
    [InlineData("pkg")]
    public void Create_OneMinuteTimeout_TheBackendGetsIt(string name)
    {
        var backend = BackendSelector.Create(name, TimeSpan.FromMinutes(1));

        Assert.Equal(name, backend.Name);
        Assert.Equal(TimeSpan.FromMinutes(1), StepTimeoutOf(backend));
    }

    private static TimeSpan StepTimeoutOf(IPackageBackend backend) => backend switch
    {
        AptBackend apt => apt.StepTimeout,
        PkgBackend pkg => pkg.StepTimeout,
        _ => throw new InvalidOperationException($"unexpected backend {backend.Name}"),
    };
}
