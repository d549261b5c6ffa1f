namespace UpdateStation.Bench.RoundTrip;

/// <summary>The tray the round trips talk to; stopped with SIGTERM on disposal.</summary>
internal sealed class TrayInstance : IDisposable
{
    private readonly Process _process;

    private TrayInstance(Process process) => _process = process;

    public int Pid => _process.Id;

    public static TrayInstance Start(BenchEnvironment environment, string binary)
    {
        ProcessStartInfo startInfo = environment.StartInfo(binary, ["tray"]);
        startInfo.RedirectStandardError = true;
        Process process = Process.Start(startInfo)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        TrayInstance tray = new(process);
        Stopwatch waited = Stopwatch.StartNew();
        while (!tray.IsNamedByStatus(environment, binary))
        {
            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                tray.Dispose();
                throw new InvalidOperationException("The tray did not come up (status never named it) within 30 s.");
            }

            Thread.Sleep(20);
        }

        return tray;
    }

    private bool IsNamedByStatus(BenchEnvironment environment, string binary)
    {
        ProcessStartInfo startInfo = environment.StartInfo(binary, ["status", "--json"]);
        startInfo.RedirectStandardOutput = true;
        using Process status = Process.Start(startInfo)!;
        string output = status.StandardOutput.ReadToEnd();
        status.WaitForExit();
        if (status.ExitCode != 0)
        {
            return false;
        }

        using JsonDocument document = JsonDocument.Parse(output);
        return document.RootElement.TryGetProperty("pid", out JsonElement pid) && pid.GetInt32() == Pid;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
