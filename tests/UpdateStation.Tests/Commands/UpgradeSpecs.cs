namespace UpdateStation.Tests.Commands;

/// <summary>What `upgrade` refuses before any work. Root's upgrades: Helper/RootUpgradeSpecs; a user's: Helper/TerminalUpgradeSpecs.</summary>
public sealed class UpgradeSpecs : IDisposable
{
    private readonly PkgWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 30000)]
    public async Task User_without_root_and_without_the_helper_installed_is_told_so_before_any_work()
    {
        // Arrange: as root, the spec runs the binary as nobody, from a folder with no libexec/update-station-helper beside it.
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Running as another user needs root (CI runs as root: setpriv to nobody).");
        _world.Reply("update", "up-to-date.txt").Reply("upgrade-n", "upgrade-pkg-first.txt").Reply("upgrade-y-U", "upgrade-y-self.txt");
        var prefix = Directory.CreateTempSubdirectory("update-station-no-helper-").FullName;
        File.SetUnixFileMode(prefix, (UnixFileMode)0b111_101_101);
        var binary = Path.Combine(Directory.CreateDirectory(Path.Combine(prefix, "bin")).FullName, "update-station");
        File.Copy(StationBinary.Path, binary);

        try
        {
            // Act
            var (exit, output, error) = await PublishedBinary.RunAsync(
                ["upgrade", "-y", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken, UnixUser.Nobody, binary);

            // Assert
            Assert.Equal((1, ""), (exit, output));
            Assert.Equal($"update-station: The update helper {prefix}/libexec/update-station-helper is not installed; nothing was changed.", error.TrimEnd());
        }
        finally
        {
            Directory.Delete(prefix, recursive: true);
        }
    }

    [Fact(Timeout = 30000)]
    public async Task User_without_a_terminal_must_pass_yes()
    {
        // Arrange
        _world.Reply("update", "up-to-date.txt").Reply("upgrade-n", "upgrade-pkg-first.txt").Reply("upgrade-y-U", "upgrade-y-self.txt");

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["upgrade", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal((1, ""), (exit, output));
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(UnixUser.CurrentIsRoot ? "pass -y" : "helper", error, StringComparison.Ordinal);
    }
}
