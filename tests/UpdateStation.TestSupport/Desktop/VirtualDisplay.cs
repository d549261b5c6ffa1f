namespace UpdateStation.Tests.Shared;

/// <summary>A private X server (Xvfb) for desktop tests, killed on disposal.</summary>
/// <remarks>
/// -displayfd takes the first display no live server listens on, says which on stdout once it is ready, and leaves no
/// lock file behind when killed. -noreset: by default an X server resets when its last client leaves and drops every
/// client that connected meanwhile ("cannot open display").
/// </remarks>
public sealed class VirtualDisplay : IDisposable
{
    private readonly SessionProcess _xvfb;

    private VirtualDisplay(SessionProcess xvfb, string display)
    {
        _xvfb = xvfb;
        Display = display;
    }

    /// <summary>The DISPLAY value (":N").</summary>
    public string Display { get; }

    public static async Task<VirtualDisplay> StartAsync(string screen = "1024x768x24")
    {
        var number = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var xvfb = SessionProcess.Start(
            "Xvfb", ["-displayfd", "1", "-noreset", "-nolisten", "tcp", "-screen", "0", screen], new Dictionary<string, string>(),
            line => number.TrySetResult(line.Trim()));
        try
        {
            await Eventually.TrueAsync(() => number.Task.IsCompleted || xvfb.HasExited, "Xvfb to print its display", 30_000);
            return number.Task.IsCompleted
                ? new VirtualDisplay(xvfb, ":" + number.Task.Result)
                : throw new InvalidOperationException($"Xvfb exited at start:\n{xvfb.Output}");
        }
        catch
        {
            xvfb.Dispose();
            throw;
        }
    }

    /// <summary>Kills the X server (SIGKILL, reaped), as a crash or the end of a session does.</summary>
    public void Dispose() => _xvfb.Dispose();
}
