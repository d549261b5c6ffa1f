using System.Globalization;

namespace UpdateStation.Posix.Tests;

public sealed class DetachedProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("us-detached-").FullName;

    private string LogPath => Path.Combine(_directory, "run.log");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact(Timeout = 15000)]
    public async Task Start_Child_RunsInItsOwnSessionWithOutputAppendedToTheFile()
    {
        // Arrange
        using var log = AppendOnlyFile.Open(LogPath, (UnixFileMode)0b110_100_100);
        log.Append("ours\n");

        // Act: the child prints its session id (field 6 of /proc/self/stat) on stdout and a word on stderr.
        var child = DetachedProcess.Start("/bin/sh", ["-c", "cut -d' ' -f6 /proc/self/stat; read line; echo \"stdin:$line\" >&2; exit 7"], ["PATH=/usr/bin:/bin"], log.Descriptor);
        var exit = await WaitAsync(child, TestContext.Current.CancellationToken);

        // Assert
        var lines = File.ReadAllLines(LogPath);
        Assert.Equal("ours", lines[0]);
        Assert.Equal(7, exit.ExitCode);
        Assert.Null(exit.Signal);
        Assert.NotEqual(Environment.ProcessId, int.Parse(lines[1], CultureInfo.InvariantCulture));
        Assert.NotEqual(SessionOf(Environment.ProcessId), int.Parse(lines[1], CultureInfo.InvariantCulture));
        Assert.Equal("stdin:", lines[2]);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(LogPath));
    }

    [Fact(Timeout = 30000)]
    public async Task Start_WithoutPosixSpawnSetsid_RunsTheChildInASessionOfItsOwnThroughTheWrapper()
    {
        // FreeBSD's posix_spawn has no POSIX_SPAWN_SETSID: played here with glibc's numbers less that flag, and the
        // published update-station (UPDATE_STATION_BIN) as the wrapper, as on FreeBSD.
        var wrapper = Environment.GetEnvironmentVariable("UPDATE_STATION_BIN") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../artifacts/bin/update-station"));
        Assert.SkipUnless(File.Exists(wrapper), $"Needs the published update-station ({wrapper}): run ./build.sh, or set UPDATE_STATION_BIN.");
        using var log = AppendOnlyFile.Open(LogPath, (UnixFileMode)0b110_100_100);
        var withoutSetsid = SpawnConstants.Linux with { DetachFlags = 0x04 | 0x08, HasSetSid = false };
        SessionExec.Wrapper = wrapper;
        DetachedProcess child;
        try
        {
            // Act: the child says its pid, its session and controlling terminal (fields 6 and 7 of its stat), and
            // its ignored signals (SIGPIPE is 0x1000).
            child = DetachedProcess.Start(
                "/bin/sh",
                ["-c", "echo $$; cut -d' ' -f6,7 /proc/$$/stat; sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$$/status; exit 7"],
                ["PATH=/usr/bin:/bin"], log.Descriptor, statusDescriptor: null, withoutSetsid);
        }
        finally
        {
            SessionExec.Wrapper = null;
        }

        var exit = await WaitAsync(child, TestContext.Current.CancellationToken);

        // Assert: the wrapper exec'd the program in place (same pid: waitpid saw the program's own exit), which leads a
        // new session without a terminal and does not inherit the runtime's ignored SIGPIPE.
        var lines = File.ReadAllLines(LogPath);
        Assert.Equal(7, exit.ExitCode);
        Assert.Equal(child.Pid.ToString(CultureInfo.InvariantCulture), lines[0]);
        Assert.Equal($"{child.Pid} 0", lines[1]);
        Assert.Equal(0, long.Parse(lines[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0x1000);
    }

    [Fact(Timeout = 15000)]
    public async Task TryGetExit_ChildKilled_ReportsTheSignal()
    {
        // Arrange
        using var log = AppendOnlyFile.Open(LogPath, (UnixFileMode)0b110_100_100);

        // Act
        var child = DetachedProcess.Start("/bin/sh", ["-c", "kill -KILL $$"], [], log.Descriptor);
        var exit = await WaitAsync(child, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal((128 + 9, 9), (exit.ExitCode, exit.Signal));
    }

    [Fact(Timeout = 15000)]
    public async Task Start_WithStatusDescriptor_ItWritesIntoTheFileInOrderWithStdoutAndStderr()
    {
        // Arrange
        using var log = AppendOnlyFile.Open(LogPath, (UnixFileMode)0b110_100_100);

        // Act
        var child = DetachedProcess.Start("/bin/sh", ["-c", "echo out; echo status >&3; echo err >&2"], [], log.Descriptor, statusDescriptor: 3);
        var exit = await WaitAsync(child, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(0, exit.ExitCode);
        Assert.Equal(["out", "status", "err"], File.ReadAllLines(LogPath));
    }

    [Fact]
    public void Start_NoSuchProgram_ThrowsPosixExceptionNamingIt()
    {
        // Arrange
        using var log = AppendOnlyFile.Open(LogPath, (UnixFileMode)0b110_100_100);

        // Act
        var error = Assert.Throws<PosixException>(() => DetachedProcess.Start("/nonexistent/apt-get", [], [], log.Descriptor));

        // Assert
        Assert.Contains("/nonexistent/apt-get", error.Message, StringComparison.Ordinal);
        Assert.Equal(PlatformConstants.ENOENT, error.Errno);
    }

    private static int SessionOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[3], CultureInfo.InvariantCulture);
    }

    private static async Task<ExitStatus> WaitAsync(DetachedProcess child, CancellationToken cancellationToken)
    {
        ExitStatus exit = default;
        await Poll.UntilAsync(() => child.TryGetExit(out exit), TimeSpan.FromSeconds(30), () => "the detached child exits", cancellationToken);
        return exit;
    }
}
