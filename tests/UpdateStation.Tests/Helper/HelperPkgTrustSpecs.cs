using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;
using World = UpdateStation.Tests.Shared.PkgWorld;

namespace UpdateStation.Tests.Helper;

/// <summary>The helper runs pkg only when pkg's database and repository configuration are root's alone from / down.</summary>
public sealed class HelperPkgTrustSpecs : IDisposable
{
    private readonly World _world = World.Create(rootOnly: true)
        .Offer(new PkgPackage("zsh", "5.9_1")).Install(new PkgPackage("zsh", "5.9"))
        .Build();

    private readonly HelperInstall _helper;

    public HelperPkgTrustSpecs()
    {
        var aptConfig = Path.Combine(_world.Directory, "unused-apt.conf");
        File.WriteAllText(aptConfig, "");
        _helper = HelperInstall.Create(aptConfig, backend: "pkg");
        var variables = string.Join(' ', _world.Environment.Where(v => v.Key != "PATH").Select(v => $"{v.Key}='{v.Value}'"));
        _helper.AddProgram("pkg", $"""
            #!/bin/sh
            export {variables}
            exec '{_world.PkgPath}' -r '{_world.RootDirectory}' "$@"

            """);
    }

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 180000)]
    public async Task A_repository_directory_nobody_owns_is_refused_before_pkg_runs()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange: nobody may now add a repository of theirs (or rewrite the one there).
        TrustedTree.GiveToNobody(_world.ReposDirectory);
        var catalogue = Directory.GetFiles(_world.DatabaseDirectory, "*", SearchOption.AllDirectories).Max(File.GetLastWriteTimeUtc);

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"'{_world.ReposDirectory}' is owned by uid {UnixUser.Nobody.Uid}, not root", run.Last("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(catalogue, Directory.GetFiles(_world.DatabaseDirectory, "*", SearchOption.AllDirectories).Max(File.GetLastWriteTimeUtc));
    }

    [Fact(Timeout = 180000)]
    public async Task A_database_file_nobody_owns_is_refused_before_pkg_runs()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var installed = Path.Combine(_world.DatabaseDirectory, "local.sqlite");
        TrustedTree.GiveToNobody(installed);

        // Act
        var run = await _helper.RunAsync(["refresh"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"'{installed}' is owned by uid {UnixUser.Nobody.Uid}, not root", run.Last("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
