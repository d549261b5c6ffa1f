using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>A user's private lists: refreshed without the host's apt.conf.d (but with its proxy), never trusted when empty.</summary>
public sealed class AptPrivateRefreshTests(SampleWorldFixture sample) : IClassFixture<SampleWorldFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-proxy-").FullName;

    [Fact]
    public async Task Check_WithoutRoot_UsesTheProxyFromTheCallersAptConfD()
    {
        // Arrange: the caller's apt.conf.d sets a proxy (nothing listens on port 9) and a source on another port.
        var parts = Directory.CreateDirectory(Path.Combine(_directory, "apt.conf.d")).FullName;
        File.WriteAllText(Path.Combine(parts, "50proxy"), "Acquire::http::Proxy \"http://127.0.0.1:9/\";\n");
        var sources = Directory.CreateDirectory(Path.Combine(_directory, "sources.list.d")).FullName;
        File.WriteAllText(Path.Combine(sources, "remote.list"), "deb [trusted=yes] http://127.0.0.1:7/debian ./\n");
        var callerConfig = Path.Combine(_directory, "caller.conf");
        File.WriteAllText(callerConfig, $"#include \"{sample.World.ConfigPath}\";\nDir::Etc::parts \"{parts}/\";\nDir::Etc::sourceparts \"{sources}/\";\n");
        var backend = new AptBackend(sample.Options with
        {
            AsRoot = false,
            CacheDirectory = Path.Combine(_directory, "cache"),
            Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = callerConfig },
        });

        // Act
        var plan = await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert: apt went through the proxy (port 9), not straight to the source (port 7).
        Assert.Contains("127.0.0.1:9", Assert.Single(plan.RefreshErrors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithoutRoot_AptConfigNamingAMissingFile_SaysSo()
    {
        // Arrange
        var missing = Path.Combine(_directory, "missing.conf");
        var backend = new AptBackend(sample.Options with
        {
            AsRoot = false,
            CacheDirectory = Path.Combine(_directory, "cache"),
            Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = missing },
        });

        // Act
        var error = await Assert.ThrowsAsync<BackendException>(() => backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal($"The file named by APT_CONFIG, '{missing}', does not exist.", error.Message);
    }

    [Fact]
    public async Task Check_WithoutRoot_FileWhereAPrivateDirectoryGoes_NamesTheDirectoryAndTheReason()
    {
        // Arrange: a file where the private lists' partial directory goes.
        var cache = Path.Combine(_directory, "cache");
        var file = Path.Combine(cache, "lists", "partial");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "");
        var backend = new AptBackend(sample.Options with
        {
            AsRoot = false,
            CacheDirectory = cache,
            Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = sample.World.ConfigPath },
        });

        // Act
        var error = await Assert.ThrowsAsync<BackendException>(() => backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal($"Cannot create the private apt directory '{file}': file exists.", error.Message);
    }

    [Fact]
    public async Task Check_WithoutRootOrRefresh_BeforeAnyRefresh_RefusesToCallTheSystemUpToDate()
    {
        // Arrange: a user who never refreshed has empty private lists, where apt sees no candidate at all.
        var backend = PrivateBackend();

        // Act
        var error = await Assert.ThrowsAsync<BackendException>(() => backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("no package lists for this user yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WithoutRootOrRefresh_AfterARefresh_UsesThePrivateLists()
    {
        // Arrange
        var backend = PrivateBackend();
        await backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Act
        var plan = await backend.CheckAsync(refresh: false, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(sample.Plan.Updates.Count, plan.Updates.Count);
        Assert.False(plan.CatalogueRefreshed);
        Assert.NotNull(plan.CatalogueUpdatedAt);
    }

    private AptBackend PrivateBackend() => new(sample.Options with
    {
        AsRoot = false,
        CacheDirectory = Path.Combine(_directory, "cache"),
        Environment = new Dictionary<string, string?> { ["APT_CONFIG"] = sample.World.ConfigPath },
    });

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
