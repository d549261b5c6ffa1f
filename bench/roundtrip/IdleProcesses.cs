namespace UpdateStation.Bench.RoundTrip;

/// <summary>N extra `sleep 600` processes, so a scan of /proc has that many more entries to read; killed on disposal.</summary>
internal sealed class IdleProcesses : IDisposable
{
    private readonly List<Process> _processes;

    private IdleProcesses(List<Process> processes) => _processes = processes;

    public static IdleProcesses Start(int count)
    {
        List<Process> processes = new(count);
        try
        {
            for (int i = 0; i < count; i++)
            {
                processes.Add(Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!);
            }
        }
        catch
        {
            new IdleProcesses(processes).Dispose();
            throw;
        }

        return new IdleProcesses(processes);
    }

    public static int CountAll() => Directory.GetDirectories("/proc").Count(d => int.TryParse(Path.GetFileName(d), out _));

    public void Dispose()
    {
        foreach (Process process in _processes)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }

        foreach (Process process in _processes)
        {
            process.WaitForExit(10_000);
            process.Dispose();
        }

        _processes.Clear();
    }
}
