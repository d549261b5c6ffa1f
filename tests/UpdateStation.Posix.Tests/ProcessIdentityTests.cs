using System.Diagnostics;

namespace UpdateStation.Posix.Tests;

public sealed class ProcessIdentityTests
{
    [Fact]
    public void Self_HasOurPidUidAndExecutable()
    {
        // Act
        var self = ProcessIdentity.Self();

        // Assert
        Assert.NotNull(self);
        Assert.Equal(Environment.ProcessId, self.Pid);
        Assert.Equal(Identity.EffectiveUserId, self.UserId);
        Assert.Equal(Environment.ProcessPath, self.Executable);
        Assert.False(self.IsZombie);
        Assert.True(self.StartTime > 0);
    }

    [Fact]
    public void Parse_CommWithParenthesesAndSpaces_ReadsStateAndStartTime()
    {
        // Arrange: comm is free text; only the last ')' ends it.
        var stat = "42 (evil) S 1 (x) R 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 777 20";
        var status = "Name:\tevil\nUid:\t1000\t1001\t1000\t1000\n";

        // Act
        var identity = ProcessIdentity.Parse(42, stat, status, "/usr/bin/evil");

        // Assert
        Assert.NotNull(identity);
        Assert.Equal('R', identity.State);
        Assert.Equal(1001u, identity.UserId);
        Assert.Equal(777ul, identity.StartTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("1 (x) S 1 2")]
    public void Parse_Truncated_ReturnsNull(string stat) =>
        Assert.Null(ProcessIdentity.Parse(1, stat, "Uid:\t0\t0\t0\t0\n", null));

    [Fact]
    public void Read_ZombieChild_IsZombie()
    {
        // Arrange: a grandchild that exits once its parent has become `sleep`, which never waits for it: a zombie that no
        // one reaps for as long as the parent sleeps. (.NET reaps its own children, so a direct child won't do; and a
        // child that exits before the exec may be reaped by sh itself.)
        const string Child = """/bin/sh -c 'until [ "$(cat /proc/$PPID/comm)" = sleep ]; do sleep 0.01; done' & echo $!; exec sleep 30""";
        using var parent = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", Child]) { RedirectStandardOutput = true })!;
        var zombiePid = int.Parse(parent.StandardOutput.ReadLine()!, System.Globalization.CultureInfo.InvariantCulture);
        ProcessIdentity? identity;
        try
        {
            // Act: it becomes a zombie once /bin/true has exited (a read during its exec may see nothing yet).
            var deadline = DateTime.UtcNow.AddSeconds(10);
            do
            {
                identity = ProcessIdentity.Read(zombiePid);
            }
            while (identity is not { IsZombie: true } && DateTime.UtcNow < deadline);
        }
        finally
        {
            parent.Kill();
        }

        // Assert: read, and a zombie.
        Assert.NotNull(identity);
        Assert.True(identity.IsZombie, $"state {identity.State}");
    }

    [Fact]
    public void Read_NoSuchProcess_ReturnsNull() => Assert.Null(ProcessIdentity.Read(int.MaxValue));
}
