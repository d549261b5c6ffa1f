using System.Diagnostics;

namespace UpdateStation.Bench.WindowFill;

/// <summary>A private Xvfb (it picks its own display with -displayfd); killed on disposal.</summary>
internal sealed class Desktop : IAsyncDisposable
{
    private readonly Process _xvfb;

    private Desktop(Process xvfb, string display)
    {
        _xvfb = xvfb;
        Display = display;
    }

    public string Display { get; }

    public static async Task<Desktop> StartAsync()
    {
        ProcessStartInfo start = new("Xvfb") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp" })
        {
            start.ArgumentList.Add(arg);
        }

        Process xvfb = Process.Start(start)!;
        string? number = await xvfb.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return new Desktop(xvfb, ":" + number!.Trim());
    }

    public async ValueTask DisposeAsync()
    {
        _xvfb.Kill();
        await _xvfb.WaitForExitAsync();
        _xvfb.Dispose();
    }
}
