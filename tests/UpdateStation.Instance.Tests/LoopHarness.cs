namespace UpdateStation.Instance.Tests;

/// <summary>A private runtime directory and a real main loop on its own thread, for tests of the instance's bookkeeping.</summary>
public sealed class LoopHarness : IDisposable
{
    private readonly string _xdg = Directory.CreateTempSubdirectory("us-host-").FullName;
    private readonly Thread _loopThread;

    public LoopHarness()
    {
        File.SetUnixFileMode(_xdg, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Runtime = RuntimeDirectory.Open(_xdg);
        _loopThread = new Thread(Loop.Run) { IsBackground = true };
        _loopThread.Start();
    }

    public RuntimeDirectory Runtime { get; }

    public HeadlessMainLoop Loop { get; } = new();

    public InstanceHost NewHost(string mode = InstanceState.TrayMode, bool waitsForOneShot = false) =>
        new(Runtime.Instance, mode, Loop) { WaitsForOneShotInstance = waitsForOneShot, WatchInterval = TimeSpan.FromMilliseconds(50) };

    /// <summary>Runs <paramref name="work"/> on the loop thread, as the instance's code always runs.</summary>
    public Task<T> OnLoop<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Loop.Post(() =>
        {
            try
            {
                done.SetResult(work());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        });
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public Task OnLoop(Action work) => OnLoop(() =>
    {
        work();
        return true;
    });

    /// <summary>Polls <paramref name="condition"/> on the loop thread until it holds, for at most 30 s.</summary>
    public Task UntilAsync(Func<bool> condition, string what) =>
        Poll.UntilAsync(async () => await OnLoop(condition) ? what : null, TimeSpan.FromSeconds(30), () => what);

    public void Dispose()
    {
        Loop.Quit();
        _loopThread.Join();
        Loop.Dispose();
        Directory.Delete(_xdg, recursive: true);
    }
}
