using UpdateStation.Face;
using UpdateStation.Instance;

namespace UpdateStation.Tests.Units.Face;

/// <summary>Whether there is a display, and the wait for a window that never came, in a private runtime directory.</summary>
public sealed class OwnProcessesTests : IDisposable
{
    private readonly string _xdg = Directory.CreateTempSubdirectory("us-own-").FullName;
    private readonly string? _display = Environment.GetEnvironmentVariable("DISPLAY");
    private readonly string? _wayland = Environment.GetEnvironmentVariable("WAYLAND_DISPLAY");

    public OwnProcessesTests() =>
        File.SetUnixFileMode(_xdg, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("DISPLAY", _display);
        Environment.SetEnvironmentVariable("WAYLAND_DISPLAY", _wayland);
        Directory.Delete(_xdg, recursive: true);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("", "", false)]
    [InlineData(":0", null, true)]
    [InlineData(null, "wayland-0", true)]
    [InlineData("", "wayland-0", true)]
    public void HasDisplay_X11OrWayland(string? display, string? wayland, bool expected)
    {
        Environment.SetEnvironmentVariable("DISPLAY", display);
        Environment.SetEnvironmentVariable("WAYLAND_DISPLAY", wayland);

        Assert.Equal(expected, OwnProcesses.HasDisplay);
    }

    [Fact]
    public void WaitForWindow_ThatExitedWithoutPublishing_IsNotUp()
    {
        var processes = new OwnProcesses(RuntimeDirectory.Open(_xdg), quiet: true);

        Assert.False(processes.WaitForWindow(() => true));
        Assert.False(processes.WaitForWindow(null));
    }

    [Fact]
    public void WaitForWindow_AStateNoProcessHolds_IsNotUp()
    {
        var directory = RuntimeDirectory.Open(_xdg);
        var files = directory.Files("window");
        File.WriteAllText(
            files.StateFile,
            $$"""{"pid":{{Environment.ProcessId}},"processStartTime":1,"mode":"window","startedAt":"2026-01-01T00:00:00Z","activations":0,"checking":false}""");

        Assert.False(new OwnProcesses(directory, quiet: true).WaitForWindow(() => true));
    }
}
