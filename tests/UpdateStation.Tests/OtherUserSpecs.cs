namespace UpdateStation.Tests;

public sealed class OtherUserSpecs
{
    private static readonly StartOptions s_asNobody = new() { User = UnixUser.Nobody };

    [Fact(Timeout = 90_000)]
    public async Task Other_user_can_neither_find_nor_signal_the_instance_and_check_now_becomes_their_own()
    {
        // Arrange
        SkipUnlessRoot();
        await using RuntimeDir rootDir = RuntimeDir.Create();
        (StationProcess rootTray, StatusReport before) = await Station.StartTrayAsync(rootDir);
        await using RuntimeDir nobodyDir = RuntimeDir.Create(UnixUser.Nobody);

        // Act
        StatusReport? nobodySees = await Station.StatusAsync(nobodyDir, s_asNobody);
        StationResult checkNow = await StationProcess.RunAsync(nobodyDir, ["check-now"], TimeSpan.FromSeconds(60), s_asNobody);

        // Assert
        Assert.Null(nobodySees);
        Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
        Assert.Null(CheckNowOutput.DelegationLine(checkNow));
        Assert.Equal(1, nobodyDir.UpgradeChecks());
        StatusReport after = await Station.RequireStatusAsync(rootDir);
        Assert.Equal(rootTray.Pid, after.Pid);
        Assert.Equal(before.Activations, after.Activations);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("check-now", false)]
    [InlineData("status", false)]
    [InlineData("tray", false)]
    [InlineData("check-now", true)]
    [InlineData("tray", true)]
    public async Task Other_user_pointing_XDG_RUNTIME_DIR_at_the_instance_owners_dir_is_refused(string command, bool ownerDirTraversable)
    {
        // Arrange: traversable, the other user gets as far as seeing whose the directory is.
        SkipUnlessRoot();
        await using RuntimeDir rootDir = RuntimeDir.Create();
        (StationProcess rootTray, StatusReport before) = await Station.StartTrayAsync(rootDir);
        if (ownerDirTraversable)
        {
            const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            File.SetUnixFileMode(rootDir.Root, Traversable);
            File.SetUnixFileMode(rootDir.XdgRuntimeDir, Traversable);
        }

        await using RuntimeDir nobodyDir = RuntimeDir.Create(UnixUser.Nobody);
        StartOptions intruding = s_asNobody with
        {
            Environment = new Dictionary<string, string?> { ["XDG_RUNTIME_DIR"] = rootDir.XdgRuntimeDir },
        };

        // Act
        StationResult result = await StationProcess.RunAsync(nobodyDir, [command], Station.CommandTimeout, intruding);
        if (ownerDirTraversable)
        {
            // Private again, or the owner's own status would (rightly) refuse an XDG_RUNTIME_DIR others can enter.
            File.SetUnixFileMode(rootDir.XdgRuntimeDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Assert
        Assert.True(result.ExitCode == 1, result.ToString());
        string[] lines = result.Stderr.Trim().Split('\n');
        Assert.True(lines.Length == 1 && lines[0].StartsWith("update-station: ", StringComparison.Ordinal), result.ToString());
        StatusReport after = await Station.RequireStatusAsync(rootDir);
        Assert.Equal(rootTray.Pid, after.Pid);
        Assert.Equal(before.Activations, after.Activations);
    }

    [Fact(Timeout = 90_000)]
    public async Task User_without_XDG_RUNTIME_DIR_gets_a_private_dir_in_tmp()
    {
        // Arrange: as nobody, so the real /tmp/update-station-0 of whoever runs the suite stays untouched.
        SkipUnlessRoot();
        string expected = $"/tmp/update-station-{UnixUser.Nobody.Uid}";
        bool existed = Directory.Exists(expected);
        await using RuntimeDir nobodyDir = RuntimeDir.Create(UnixUser.Nobody);
        StartOptions noXdg = s_asNobody with { Environment = new Dictionary<string, string?> { ["XDG_RUNTIME_DIR"] = null } };

        try
        {
            // Act
            StationResult checkNow = await StationProcess.RunAsync(nobodyDir, ["check-now"], TimeSpan.FromSeconds(60), noXdg);

            // Assert
            Assert.True(checkNow.ExitCode == 0, checkNow.ToString());
            FileStatus status = FileStatus.Of(expected);
            Assert.Equal(UnixUser.Nobody.Uid, status.Uid);
            Assert.Equal("700", status.OctalMode);
        }
        finally
        {
            if (!existed && Directory.Exists(expected))
            {
                Directory.Delete(expected, recursive: true);
            }
        }
    }

    private static void SkipUnlessRoot()
    {
        if (!UnixUser.CurrentIsRoot)
        {
            Assert.Skip("Running as another user needs root (CI runs as root: setpriv to nobody).");
        }
    }
}
