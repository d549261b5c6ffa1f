using System.Collections.Concurrent;

namespace UpdateStation.Tests.Plumbing;

/// <summary>Remembers every process the specs start and kills the survivors when the assembly is done.</summary>
/// <remarks>
/// Each test disposes what it starts; this is the net under a test that timed out before its disposal ran.
/// A leaked tray would otherwise outlive the runner.
/// </remarks>
public sealed class ChildProcessReaper : IDisposable
{
    private static readonly ConcurrentDictionary<int, Process> s_children = new();

    public static void Track(Process process) => s_children[process.Id] = process;

    public static void Forget(int pid) => s_children.TryRemove(pid, out _);

    /// <summary>SIGKILLs a process that has not exited (a stopped one too) and reaps it, bounded.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                Signals.Send(process.Id, Signals.SIGKILL);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already disposed: nothing to kill.
        }
    }

    public void Dispose()
    {
        foreach (Process process in s_children.Values)
        {
            Kill(process);
            process.Dispose();
        }

        s_children.Clear();
    }
}
