using System.Net;
using System.Net.Sockets;
using UpdateStation.Packages.Pkg;
using UpdateStation.Tests.Shared;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>A mirror being synced (a `.syncing` file at the repository's root) stops a check before it fetches anything.</summary>
public sealed class PkgMirrorTests : IDisposable
{
    private readonly PkgWorld _world = PkgWorld.Create()
        .Offer(new PkgPackage("curl", "8.5.0")).Offer(new PkgPackage("git", "2.43.0"), PkgWorld.Extra)
        .Install(new PkgPackage("curl", "8.4.0"));

    private readonly string _cache = Directory.CreateTempSubdirectory("update-station-pkg-cache-").FullName;

    public void Dispose()
    {
        _world.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    [Theory(Timeout = 60_000)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CheckAsync_AnEnabledMirrorIsSyncing_SaysWhichAndTriesLater(bool isRoot)
    {
        // Arrange
        _world.Build();
        File.WriteAllText(Path.Combine(_world.RepositoryDirectory(PkgWorld.Extra), ".syncing"), "");
        var catalogue = PkgWorld.CatalogueDirectory(isRoot ? _world.DatabaseDirectory : _cache, PkgWorld.Extra);
        var before = Directory.Exists(catalogue) ? Directory.GetLastWriteTimeUtc(catalogue) : default;

        // Act
        var error = await Assert.ThrowsAsync<BackendException>(
            () => new PkgBackend(RealPkgOptions.For(_world, isRoot, cacheDirectory: _cache)).CheckAsync(refresh: true, TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal("The mirror extra is syncing; try again later.", error.Message);
        Assert.Equal(before, Directory.Exists(catalogue) ? Directory.GetLastWriteTimeUtc(catalogue) : default);
    }

    [Fact(Timeout = 60_000)]
    public async Task CheckAsync_OnlyADisabledRepositoryIsSyncing_Plans()
    {
        // Arrange
        _world.Build();
        var disabled = Directory.CreateDirectory(Path.Combine(_world.Directory, "disabled")).FullName;
        File.WriteAllText(Path.Combine(disabled, ".syncing"), "");
        File.WriteAllText(Path.Combine(_world.ReposDirectory, "disabled.conf"), $"disabled: {{ url: \"file://{disabled}\", enabled: no }}\n");

        // Act
        var plan = await new PkgBackend(RealPkgOptions.For(_world, isRoot: true)).CheckAsync(refresh: true, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["curl"], plan.Updates.Select(u => u.Name));
    }

    [Theory(Timeout = 30_000)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task IsSyncingAsync_HttpMirror_AsksWithAHead(bool markerPresent, bool expected)
    {
        // Arrange: a mirror on 127.0.0.1 that has URL/.syncing or not.
        using var listener = StartListener(out string prefix);
        var serving = ServeOneAsync(listener, markerPresent);

        // Act
        bool syncing = await PkgMirrorProbe.IsSyncingAsync(prefix + "FreeBSD:14:amd64/latest", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(expected, syncing);
        Assert.Equal("HEAD /FreeBSD:14:amd64/latest/.syncing", await serving);
    }

    private static HttpListener StartListener(out string prefix)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        prefix = $"http://127.0.0.1:{port}/";
        var listener = new HttpListener();
        listener.Prefixes.Add(prefix);
        listener.Start();
        return listener;
    }

    private static async Task<string> ServeOneAsync(HttpListener listener, bool markerPresent)
    {
        var context = await listener.GetContextAsync();
        var request = $"{context.Request.HttpMethod} {context.Request.Url!.AbsolutePath}";
        context.Response.StatusCode = markerPresent ? 200 : 404;
        context.Response.Close();
        return request;
    }
}
