namespace UpdateStation.Posix.Tests;

/// <summary>Linux's numbers; FreeBSD's are pinned with their headers in <see cref="FreeBsdNumbersTests"/>.</summary>
public sealed class PlatformConstantsTests
{
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
