using UpdateStation.Posix;

namespace UpdateStation.Gtk.Tests;

/// <summary>GTK on a private Xvfb, initialised on a thread of its own that runs the main loop for the whole class.</summary>
public sealed class GtkFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource<int> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private VirtualDisplay? _display;
    private Thread? _thread;

    public GtkMainLoop Loop { get; } = new();

    /// <summary>The managed id of the thread that runs GTK.</summary>
    public int GtkThreadId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _display = await VirtualDisplay.StartAsync("800x600x24");

        // GTK reads the C environment, which Environment.SetEnvironmentVariable does not change.
        NativeEnvironment.Set("DISPLAY", _display.Display);
        NativeEnvironment.Set("NO_AT_BRIDGE", "1");
        _thread = new Thread(RunGtk) { IsBackground = true, Name = "gtk" };
        _thread.Start();
        GtkThreadId = await _ready.Task.WaitAsync(s_timeout);
    }

    public ValueTask DisposeAsync()
    {
        Loop.Quit();
        _thread?.Join(s_timeout);
        _display?.Dispose();
        return ValueTask.CompletedTask;
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
}
