using UpdateStation.Posix;

namespace UpdateStation.Instance.Tests;

public sealed class RuntimeDirectoryTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly string _xdg = Directory.CreateTempSubdirectory("us-xdg-").FullName;

    public RuntimeDirectoryTests() => File.SetUnixFileMode(_xdg, Private);

    [Fact]
    public void Open_FreshXdgRuntimeDir_CreatesPrivateSubdirectory()
    {
        // Act
        var directory = RuntimeDirectory.Open(_xdg);

        // Assert
        Assert.Equal(Path.Combine(_xdg, "update-station"), directory.Path);
        Assert.Equal(Private, File.GetUnixFileMode(directory.Path));
    }

    [Fact]
    public void Files_AnotherProcess_NamesItsOwnLockAndStateInTheSameDirectory()
    {
        // Arrange
        var directory = RuntimeDirectory.Open(_xdg);

        // Act
        var window = directory.Files("window");

        // Assert
        Assert.Equal(directory.Path, window.Directory.Path);
        Assert.Equal(Path.Combine(directory.Path, "window.lock"), window.LockFile);
        Assert.Equal(Path.Combine(directory.Path, "window.json"), window.StateFile);
        Assert.Equal(Path.Combine(directory.Path, "instance.lock"), directory.LockFile);
    }

    [Fact]
    public void Open_GroupReadableDirectory_IsRefused()
    {
        // Arrange
        var path = Path.Combine(_xdg, "update-station");
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

        // Act
        var error = Assert.Throws<InstanceException>(() => RuntimeDirectory.Open(_xdg));

        // Assert
        Assert.Contains("accessible to group or others", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Open_WorldWritableXdgRuntimeDir_IsRefused()
    {
        File.SetUnixFileMode(_xdg, Private | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

        Assert.Throws<InstanceException>(() => RuntimeDirectory.Open(_xdg));
    }

    [Fact]
    public void Open_SymbolicLinkInPlaceOfTheDirectory_IsRefused()
    {
        // Arrange: someone points our directory elsewhere.
        var elsewhere = Directory.CreateTempSubdirectory("us-elsewhere-").FullName;
        File.SetUnixFileMode(elsewhere, Private);
        Directory.CreateSymbolicLink(Path.Combine(_xdg, "update-station"), elsewhere);

        // Act + Assert
        Assert.Throws<InstanceException>(() => RuntimeDirectory.Open(_xdg));
        Directory.Delete(elsewhere);
    }

    [Fact]
    public void Open_DirectoryOwnedBySomeoneElse_IsRefused()
    {
        Assert.SkipUnless(UnixUser.CurrentIsRoot, "Needs root to give a directory to another user.");

        // Arrange: uid 65534 is nobody on Debian.
        var path = Path.Combine(_xdg, "update-station");
        Directory.CreateDirectory(path, Private);
        File.SetUnixFileMode(path, Private);
        Assert.Equal(0, System.Diagnostics.Process.Start("chown", ["65534", path])!.WaitForExitAndGetCode());

        // Act
        var error = Assert.Throws<InstanceException>(() => RuntimeDirectory.Open(_xdg));

        // Assert
        Assert.Contains("owned by uid 65534", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_RelativeXdgRuntimeDir_IsRefused() =>
        Assert.Throws<InstanceException>(() => RuntimeDirectory.Open("relative/dir"));

    public void Dispose() => Directory.Delete(_xdg, recursive: true);
}

internal static class ProcessExtensions
{
    public static int WaitForExitAndGetCode(this System.Diagnostics.Process process)
    {
        process.WaitForExit();
        return process.ExitCode;
    }
}
