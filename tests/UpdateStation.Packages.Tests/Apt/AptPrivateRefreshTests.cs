using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>A user's private refresh reads no apt.conf.d, yet keeps the proxy configured there.</summary>
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
        var error = await Assert.ThrowsAnyAsync<BackendException>(() => backend.CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert: apt went through the proxy (port 9), not straight to the source (port 7).
        Assert.Contains("127.0.0.1:9", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
