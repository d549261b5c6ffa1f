namespace UpdateStation.Instance;

/// <summary>Finds the running instance through its lock and published state; never by scanning process names.</summary>
public static class InstanceLocator
{
    private static readonly Lazy<ProcessIdentity?> s_self = new(ProcessIdentity.Self);

    /// <summary>The published state of the running instance, verified; null when no instance runs.</summary>
    /// <remarks>
    /// A state counts only when its pid is alive, not a zombie, ours (same uid), runs this program, is the process
    /// that published it (same kernel start time, so a reused pid fails) and holds the lock. A state left behind by
    /// a killed instance fails those checks and is ignored.
    /// </remarks>
    public static InstanceState? Find(RuntimeDirectory directory)
    {
        var state = StateFile.TryRead(directory.StateFile);
        return state is not null && IsGenuine(state, directory) ? state : null;
    }

    /// <summary>Whether <paramref name="state"/> describes a live instance that holds the lock now.</summary>
    public static bool IsGenuine(InstanceState state, RuntimeDirectory directory)
    {
        if (!PlatformConstants.Current.HasProcFileSystem)
        {
            // No /proc (FreeBSD without procfs): alive and holding the lock is what we can tell.
            return ProcessSignals.IsAlive(state.Pid) && FileLock.IsHeld(directory.LockFile);
        }

        var process = ProcessIdentity.Read(state.Pid);
        var self = s_self.Value;
        return process is not null
            && !process.IsZombie
            && process.UserId == Identity.EffectiveUserId
            && process.StartTime == state.ProcessStartTime
            && process.Executable is not null
            && process.Executable == self?.Executable
            && (FlockHolders.HoldsExclusive(state.Pid, directory.LockFile) ?? FileLock.IsHeld(directory.LockFile));
    }

    /// <summary>Waits up to <paramref name="timeout"/> for an instance that holds the lock but has not published yet.</summary>
    public static InstanceState? WaitForPublished(RuntimeDirectory directory, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Find(directory) is { } state)
            {
                return state;
            }

            if (clock.Elapsed >= timeout)
            {
                return null;
            }

            Thread.Sleep(2);
        }
    }
}
