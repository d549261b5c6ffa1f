using UpdateStation.Tests.Plumbing;
using UpdateStation.Tests.Shared;
using World = UpdateStation.Tests.Shared.PkgWorld;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// The root helper with the real pkg (FreeBSD's own, built for Linux) on a private pkg world. The helper empties its
/// environment, so a `pkg` first on its PATH adds what points pkg at the world (its variables, `-r ROOT`) and runs the
/// real one. The world's "pkg" package installs into the world's root: pkg goes through its whole self-upgrade (alone
/// first, then it runs `pkg` again by PATH) except replacing its own binary.
/// </summary>
public sealed class HelperPkgSpecs : IDisposable
{
    private readonly World _world = World.Create(rootOnly: true)
        .Offer(new PkgPackage("pkg", "2.0.6")).Offer(new PkgPackage("zsh", "5.9_1"))
        .Install(new PkgPackage("pkg", "2.0.5")).Install(new PkgPackage("zsh", "5.9"))
        .Build();

    private readonly HelperInstall _helper;

    public HelperPkgSpecs()
    {
        var aptConfig = Path.Combine(_world.Directory, "unused-apt.conf");
        File.WriteAllText(aptConfig, "");
        _helper = HelperInstall.Create(aptConfig, backend: "pkg");
        var variables = string.Join(' ', _world.Environment.Where(v => v.Key != "PATH").Select(v => $"{v.Key}='{v.Value}'"));
        _helper.AddProgram("pkg", $"""
            #!/bin/sh
            export {variables}
            case " $* " in
              *" -r "*) exec '{_world.PkgPath}' "$@" ;;
            esac
            exec '{_world.PkgPath}' -r '{_world.RootDirectory}' "$@"

            """);
    }

    public void Dispose()
    {
        _helper.Dispose();
        _world.Dispose();
    }

    [Fact(Timeout = 180000)]
    public async Task When_pkg_upgrades_itself_first_the_rest_follows_as_a_second_step()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        var steps = run.Events.Where(e => e.GetProperty("event").GetString() == "step").Select(e => e.GetProperty("step").GetString()).ToList();
        Assert.Equal(["refresh", "self-upgrade", "install"], steps);
        Assert.Equal(fingerprint, run.Last("done").GetProperty("fingerprint").GetString());
        Assert.Equal("pkg 2.0.6\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("pkg")));
        Assert.Equal("zsh 5.9_1\n", File.ReadAllText(_world.RootDirectory + PkgPackage.FileOf("zsh")));
    }
}
