namespace UpdateStation.Tests.Commands;

public sealed class UpgradeSpecs : IDisposable
{
    private readonly PkgWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact(Timeout = 30000)]
    public async Task User_can_upgrade_with_yes_and_follow_progress_line_by_line()
    {
        // Arrange
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Upgrading needs root (CI runs as root).");
        // pkg upgrades itself alone first (`upgrade -y -U pkg`), then the third dry run (check, compare, re-plan) says
        // only zsh is left, and `upgrade -y -U` applies it.
        _world.Reply("update", "up-to-date.txt").Reply("upgrade-n", "upgrade-pkg-first.txt")
            .ReplyText("upgrade-n.3", "Checking for upgrades (1 candidates): .......... done\nThe following 1 package(s) will be affected (of 0 checked):\n\n"
                + "Installed packages to be UPGRADED:\n\tzsh: 5.9_3 -> 5.9_4\n\nNumber of packages to be upgraded: 1\n")
            .ReplyText("upgrade-y-U-pkg", "New version of pkg detected; it needs to be installed first.\n"
                + "[1/1] Upgrading pkg from 1.20.9 to 2.0.6...\n[1/1] Extracting pkg-2.0.6: .......... done\n")
            .ReplyText("upgrade-y-U", "[1/1] Upgrading zsh from 5.9_3 to 5.9_4...\n[1/1] Extracting zsh-5.9_4: .......... done\n");

        // Act
        var (exit, output, error) = await PublishedBinary.RunAsync(["upgrade", "-y", "--backend", "pkg"], _world.Environment, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Contains("pkg upgrades itself first, so the upgrade happens in two steps.", output, StringComparison.Ordinal);
        Assert.Contains("self-upgrade pkg: pkg must upgrade itself first", output, StringComparison.Ordinal);
        Assert.Contains("100% upgrade zsh: [1/1] Upgrading zsh from 5.9_3 to 5.9_4...", output, StringComparison.Ordinal);
        Assert.Contains("2 packages changed.", output, StringComparison.Ordinal);
        Assert.Contains("No restart is needed.", output, StringComparison.Ordinal);
    }

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
        Assert.Contains(UpdateStation.Posix.Identity.IsRoot ? "pass -y" : "helper", error, StringComparison.Ordinal);
    }
}
