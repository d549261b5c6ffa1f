using UpdateStation.Tests.Shared;

namespace UpdateStation.Tests.Helper;

/// <summary>
/// What says "an upgrade runs" is a lock only root can open: a user's lock on the run log, which
/// anyone may read, stops nothing; a second helper is busy through the root-only lock; a lock directory someone else
/// could have reached is refused. The helper runs as root; the attacker is `nobody`.
/// </summary>
public sealed class BusyLockSpecs : IDisposable
{
    private readonly AptWorld _world = AptWorld.Sample(rootOnly: true).Publish();
    private readonly HelperInstall _helper;
    private readonly List<Process> _holders = [];

    public BusyLockSpecs()
    {
        _helper = HelperInstall.Create(_world.ConfigPath);
    }

    public void Dispose()
    {
        foreach (var holder in _holders)
        {
            holder.StandardInput.Close(); // flock's `cat` ends, and flock with it.
            holder.WaitForExit(10_000);
            holder.Dispose();
        }

        _helper.Dispose();
        _world.Dispose();
    }

    [Theory(Timeout = 180_000)]
    [InlineData("--shared")]
    [InlineData("--exclusive")]
    public async Task A_user_holding_a_lock_on_the_run_log_does_not_stop_an_upgrade(string kind)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root; the attacker is nobody.");

        // Arrange: the log exists (0644, in a directory anyone may enter), and nobody holds a lock on it.
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        var holder = HoldAsNobody(kind, _helper.LogPath);
        await Poll.UntilAsync(() => IsLocked(_helper.LogPath) || holder.HasExited, TimeSpan.FromSeconds(30), () => "nobody's flock on the log");
        if (holder.HasExited)
        {
            Assert.Fail($"nobody could not lock the log: {holder.StandardError.ReadToEnd()}");
        }

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint, "--no-boot-environment"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("alpha 1.1-1\n", File.ReadAllText(Path.Combine(_world.RootDirectory, "usr/share/doc/alpha/VERSION")));
        Assert.True(IsLocked(_helper.LogPath), "nobody's lock was still held");
    }

    [Fact(Timeout = 240_000)]
    public async Task A_second_helper_is_busy_through_a_lock_only_root_can_open()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root; the attacker is nobody.");

        // Arrange: the first helper is changing packages.
        // dpkg waits at --configure until the second helper and nobody have tried: packages are changing all that time.
        _world.UseDpkgWrapper(configureGate: _world.ConfigureGatePath);
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        using var first = _helper.Start(["upgrade", "--plan", fingerprint, "--no-boot-environment"]);
        var firstOutput = first.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(_world.DpkgConfigureBegan, TimeSpan.FromSeconds(60), () => "the first helper's dpkg configures");

        // Act
        var second = await _helper.RunAsync(["upgrade", "--plan", fingerprint, "--no-boot-environment"], TestContext.Current.CancellationToken);
        var nobody = HoldAsNobody("--shared", _helper.LockPath);
        var nobodyError = await nobody.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _world.OpenConfigureGate();
        await first.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(second.ExitCode == 4, second.ToString());
        var error = second.Last("error");
        Assert.Equal("busy", error.GetProperty("code").GetString());
        Assert.Contains($"Another upgrade is running (it holds {_helper.LockPath})", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Permission denied", nobodyError, StringComparison.Ordinal);
        Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(_helper.LockDirectory));
        Assert.Equal((UnixFileMode)0b110_000_000, File.GetUnixFileMode(_helper.LockPath));
        Assert.True(first.ExitCode == 0, new HelperRun(first.ExitCode, await firstOutput, "").ToString());
    }

    [Theory(Timeout = 180_000)]
    [InlineData("owned by nobody")]
    [InlineData("open to others")]
    [InlineData("a link")]
    public async Task A_lock_directory_someone_else_could_reach_is_refused_and_nothing_changes(string how)
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "The helper runs only as root.");

        // Arrange
        var fingerprint = await _helper.RefreshAsync(TestContext.Current.CancellationToken);
        var status = File.ReadAllText(_world.StatusPath);
        MakeUnsafeLockDirectory(how);

        // Act
        var run = await _helper.RunAsync(["upgrade", "--plan", fingerprint, "--no-boot-environment"], TestContext.Current.CancellationToken);

        // Assert
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"Refusing the lock directory '{_helper.LockDirectory}'", run.Last("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(status, File.ReadAllText(_world.StatusPath));
        Assert.DoesNotContain("step", run.EventNames);
    }

    private void MakeUnsafeLockDirectory(string how)
    {
        var elsewhere = Path.Combine(_helper.Directory, "elsewhere");
        switch (how)
        {
            case "owned by nobody":
                Directory.CreateDirectory(_helper.LockDirectory, (UnixFileMode)0b111_000_000);
                using (var chown = Process.Start("chown", ["nobody", _helper.LockDirectory]))
                {
                    chown.WaitForExit();
                    Assert.Equal(0, chown.ExitCode);
                }

                break;
            case "open to others":
                Directory.CreateDirectory(_helper.LockDirectory);
                File.SetUnixFileMode(_helper.LockDirectory, (UnixFileMode)0b111_111_111);
                break;
            default:
                Directory.CreateDirectory(elsewhere, (UnixFileMode)0b111_000_000);
                File.CreateSymbolicLink(_helper.LockDirectory, elsewhere);
                break;
        }
    }

    /// <summary>`flock KIND PATH cat` as nobody: the lock is held until the test closes cat's input.</summary>
    private Process HoldAsNobody(string kind, string path)
    {
        var start = new ProcessStartInfo("setpriv") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (IEnumerable<string>)[.. UnixUser.Nobody.SetprivPrefix.Skip(1), "flock", kind, path, "cat"])
        {
            start.ArgumentList.Add(argument);
        }

        var holder = Process.Start(start)!;
        ChildProcessReaper.Track(holder);
        _holders.Add(holder);
        return holder;
    }

    /// <summary>Whether some process holds a lock on <paramref name="path"/> that an exclusive one conflicts with.</summary>
    private static bool IsLocked(string path)
    {
        using var probe = Process.Start("flock", ["--nonblock", "--exclusive", path, "true"])!;
        probe.WaitForExit();
        return probe.ExitCode != 0;
    }
}
