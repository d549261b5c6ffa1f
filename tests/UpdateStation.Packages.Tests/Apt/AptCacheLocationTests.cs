using UpdateStation.Packages.Apt;
using UpdateStation.Posix;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class AptCacheLocationTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("update-station-home-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public void Resolve_AbsoluteXdgCacheHome_IsUsedWhateverTheHome()
    {
        // Act
        var directory = AptCacheLocation.Resolve("/var/cache/someone", null, () => throw new InvalidOperationException("not asked"));

        // Assert
        Assert.Equal("/var/cache/someone/update-station/apt", directory);
    }

    [Theory]
    [InlineData("relative/cache")]
    [InlineData("")]
    [InlineData(null)]
    public void Resolve_NoAbsoluteXdgCacheHome_UsesTheHomesCache(string? xdgCacheHome)
    {
        // Act
        var directory = AptCacheLocation.Resolve(xdgCacheHome, _home, () => null);

        // Assert
        Assert.Equal(Path.Combine(_home, ".cache", "update-station", "apt"), directory);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("relative/home")]
    [InlineData("/nonexistent/update-station-home")]
    public void Resolve_UnusableHome_UsesThePasswdHome(string? home)
    {
        // Act
        var directory = AptCacheLocation.Resolve(null, home, () => new UserAccount(1000, "someone", _home));

        // Assert
        Assert.Equal(Path.Combine(_home, ".cache", "update-station", "apt"), directory);
    }

    [Fact]
    public void Resolve_NoUsableHomeAnywhere_FailsSayingWhyAndWhatToSet()
    {
        // Act
        var error = Assert.Throws<BackendException>(() => AptCacheLocation.Resolve(null, null, () => new UserAccount(65534, "nobody", "/nonexistent")));

        // Assert
        Assert.Equal(
            "Cannot find a directory for this user's package lists: HOME is not set and the home of user 'nobody' in the passwd database, "
            + "'/nonexistent', does not exist; set XDG_CACHE_HOME to an absolute path.",
            error.Message);
    }

    [Fact]
    public void Resolve_NoPasswdEntry_FailsInOneLine()
    {
        // Act
        var error = Assert.Throws<BackendException>(() => AptCacheLocation.Resolve(null, "", () => null));

        // Assert
        Assert.Contains("there is no passwd entry for uid", error.Message, StringComparison.Ordinal);
        ExceptionAssert.IsOneClearLine(error);
    }
}
