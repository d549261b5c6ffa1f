namespace UpdateStation.Tests;

/// <summary>A lock file that cannot be used is reported with the real error in words; modes never depend on the umask.</summary>
public sealed class LockFileSpecs
{
    [Theory(Timeout = 60_000)]
    [InlineData("directory", "it is a directory")]
    [InlineData("symlink", "it is a symbolic link")]
    public async Task A_lock_path_that_cannot_be_opened_is_refused_with_the_real_error_in_one_line(string planted, string words)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        Planted.StationDir(dir);
        if (planted == "directory")
        {
            Directory.CreateDirectory(Planted.LockFile(dir));
        }
        else
        {
            File.CreateSymbolicLink(Planted.LockFile(dir), Path.Combine(dir.Root, "elsewhere"));
        }

        // Act
        StationResult tray = await StationProcess.RunAsync(dir, ["tray"], Station.CommandTimeout);

        // Assert
        Assert.True(tray.ExitCode == 1, tray.ToString());
        string line = Assert.Single(tray.Stderr.Trim().Split('\n'));
        Assert.StartsWith($"update-station: Cannot open the instance lock {Planted.LockFile(dir)}: {words}", line, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_lock_file_the_user_may_not_open_is_refused_as_permission_denied()
    {
        // Arrange: nobody's private directory, holding a lock file only root may open.
        SkipUnlessRoot();
        await using RuntimeDir dir = RuntimeDir.Create(UnixUser.Nobody);
        Planted.StationDir(dir);
        RuntimeDir.Chown(dir.StationDir, UnixUser.Nobody);
        File.WriteAllText(Planted.LockFile(dir), "");
        File.SetUnixFileMode(Planted.LockFile(dir), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // Act
        StationResult tray = await StationProcess.RunAsync(dir, ["tray"], Station.CommandTimeout, new StartOptions { User = UnixUser.Nobody });

        // Assert
        Assert.True(tray.ExitCode == 1, tray.ToString());
        Assert.Equal($"update-station: Cannot open the instance lock {Planted.LockFile(dir)}: permission denied.", tray.Stderr.Trim());
    }

    [Fact(Timeout = 90_000)]
    public async Task Under_umask_0777_the_directory_and_files_get_their_modes_and_the_next_run_works()
    {
        // Arrange: as nobody, so that a mode-000 directory would really lock the user out.
        SkipUnlessRoot();
        await using RuntimeDir dir = RuntimeDir.Create(UnixUser.Nobody);
        StartOptions underUmask = new() { User = UnixUser.Nobody, Launcher = ["sh", "-c", "umask 0777 && exec \"$0\" \"$@\""] };

        // Act
        (StationProcess tray, _) = await Station.StartTrayAsync(dir, underUmask);
        StationResult checkNow = await Station.CheckNowAsync(dir, underUmask);
        await Poll.UntilAsync(() => File.Exists(Path.Combine(dir.StationDir, "plan.json")),
            Station.StartTimeout, () => $"plan.json appears; tray stderr:\n{tray.Stderr}");

        // Assert
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Equal("700", FileStatus.Of(dir.StationDir).OctalMode);
        Assert.Equal("600", FileStatus.Of(Planted.LockFile(dir)).OctalMode);
        Assert.Equal("600", FileStatus.Of(Planted.StateFile(dir)).OctalMode);
        Assert.Equal("600", FileStatus.Of(Path.Combine(dir.StationDir, "plan.json")).OctalMode);
    }

    private static void SkipUnlessRoot()
    {
        if (!UnixUser.CurrentIsRoot)
        {
            Assert.Skip("Running as another user needs root (CI runs as root: setpriv to nobody).");
        }
    }
}
