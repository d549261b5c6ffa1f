namespace UpdateStation.Posix.Tests;

public sealed class PlatformConstantsTests
{
    [Fact]
    public void FreeBsd_SignalNumbers_MatchSysSignalH()
    {
        // Arrange
        var freeBsd = PlatformConstants.FreeBsdX64;

        // Act + Assert
        Assert.Equal(30, freeBsd.SIGUSR1);
        Assert.Equal(17, freeBsd.SIGSTOP);
        Assert.Equal(19, freeBsd.SIGCONT);
        Assert.Equal(35, freeBsd.EAGAIN);
        Assert.False(freeBsd.HasPidfd);
    }

    [Fact]
    public void Linux_SignalNumbers_MatchAsmSignalH()
    {
        var linux = PlatformConstants.LinuxX64;

        Assert.Equal(10, linux.SIGUSR1);
        Assert.Equal(19, linux.SIGSTOP);
        Assert.Equal(11, linux.EAGAIN);
        Assert.True(linux.HasPidfd);
    }
}
