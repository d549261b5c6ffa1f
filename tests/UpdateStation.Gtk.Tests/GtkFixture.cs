using System.Diagnostics;
using System.Runtime.InteropServices;

namespace UpdateStation.Gtk.Tests;

/// <summary>GTK on a private Xvfb, initialised on a thread of its own that runs the main loop for the whole class.</summary>
public sealed partial class GtkFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource<int> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _xvfb;
    private Thread? _thread;

    public GtkMainLoop Loop { get; } = new();

    /// <summary>The managed id of the thread that runs GTK.</summary>
    public int GtkThreadId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        ProcessStartInfo start = new("Xvfb") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "-displayfd", "1", "-noreset", "-screen", "0", "800x600x24", "-nolisten", "tcp" })
        {
            start.ArgumentList.Add(arg);
        }

        _xvfb = Process.Start(start)!;
        string display = ":" + (await _xvfb.StandardOutput.ReadLineAsync().WaitAsync(s_timeout))!.Trim();

        // GTK reads the C environment, which Environment.SetEnvironmentVariable does not change.
        Assert.Equal(0, setenv("DISPLAY", display, 1));
        Assert.Equal(0, setenv("NO_AT_BRIDGE", "1", 1));
        _thread = new Thread(RunGtk) { IsBackground = true, Name = "gtk" };
        _thread.Start();
        GtkThreadId = await _ready.Task.WaitAsync(s_timeout);
    }

    public async ValueTask DisposeAsync()
    {
        Loop.Quit();
        _thread?.Join(s_timeout);
        if (_xvfb is { HasExited: false })
        {
            _xvfb.Kill();
            await _xvfb.WaitForExitAsync().WaitAsync(s_timeout);
        }

        _xvfb?.Dispose();
    }

    private void RunGtk()
    {
        if (!GtkThread.TryInitialize("update-station-tests", "Update Station tests"))
        {
            _ready.SetException(new InvalidOperationException("GTK could not open the Xvfb display."));
            return;
        }

        _ready.SetResult(Environment.CurrentManagedThreadId);
        Loop.Run();
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
