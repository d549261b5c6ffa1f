namespace UpdateStation.Tests;

public sealed class RuntimeDirectorySpecs
{
    [Theory(Timeout = 60_000)]
    [InlineData("750", "tray")]
    [InlineData("705", "check-now")]
    [InlineData("770", "check-now")]
    [InlineData("777", "status")]
    public async Task Group_or_world_accessible_runtime_dir_is_refused(string octalMode, string command)
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();
        Directory.CreateDirectory(dir.StationDir);
        File.SetUnixFileMode(dir.StationDir, (UnixFileMode)Convert.ToInt32(octalMode, 8));

        // Act
        StationResult result = await StationProcess.RunAsync(dir, [command], Station.CommandTimeout);

        // Assert
        Refusal.AssertRefused(result, dir.StationDir);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("tray")]
    [InlineData("check-now")]
    [InlineData("status")]
    public async Task Runtime_dir_owned_by_another_user_is_refused(string command)
    {
        // Arrange
        if (!UnixUser.CurrentIsRoot)
        {
            Assert.Skip("Handing a directory to another user needs root (CI runs as root).");
        }

        await using RuntimeDir dir = RuntimeDir.Create();
        Directory.CreateDirectory(dir.StationDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        RuntimeDir.Chown(dir.StationDir, UnixUser.Nobody);

        // Act
        StationResult result = await StationProcess.RunAsync(dir, [command], Station.CommandTimeout);

        // Assert
        Refusal.AssertRefused(result, dir.StationDir);
    }

    [Fact(Timeout = 60_000)]
    public async Task Runtime_dir_is_created_private_when_missing()
    {
        // Arrange
        await using RuntimeDir dir = RuntimeDir.Create();

        // Act
        await Station.StartTrayAsync(dir);

        // Assert
        FileStatus status = FileStatus.Of(dir.StationDir);
        Assert.Equal(UnixUser.CurrentUid, status.Uid);
        Assert.Equal("700", status.OctalMode);
    }
}
