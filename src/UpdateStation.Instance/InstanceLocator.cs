namespace UpdateStation.Instance;

/// <summary>Finds the running instance through its lock and published state; never by scanning process names.</summary>
public static class InstanceLocator
{
    private static readonly Lazy<string?> s_selfExecutable = new(ProcessIdentity.SelfExecutable);

    /// <summary>The published state of the running instance, verified; null when no instance runs.</summary>
    /// <remarks>
    /// A state counts only when its pid is alive, not a zombie, ours (same uid), runs this program, is the process
    /// that published it (same kernel start time, so a reused pid fails) and holds the lock. A state left behind by
    /// a killed instance fails those checks and is ignored.
    /// </remarks>
    public static InstanceState? Find(InstanceFiles files)
    {
        var state = StateFile.TryRead(files.StateFile);
        return state is not null && IsGenuine(state, files) ? state : null;
    }

    /// <summary>The running instance, or what stands in its place: a lock held without a state one can verify.</summary>
    /// <remarks>The slow path of status and check-now, for saying what was found; it never takes the lock on Linux, nor on a FreeBSD with kern.lockf (13.1 and later).</remarks>
    public static InstanceLookup Inspect(InstanceFiles files)
    {
        var state = StateFile.TryRead(files.StateFile, out var problem);
        if (state is not null && IsGenuine(state, files))
        {
            return new InstanceLookup(state, true, state.Pid, null);
        }

        int? holder = FlockHolders.ExclusiveHolder(files.LockFile);
        var held = holder is not null || (!PlatformConstants.Current.HasProcFileSystem && IsHeld(files));
        if (state is not null)
        {
            problem = $"it names pid {state.Pid}, which is not the instance holding the lock";
        }

        return new InstanceLookup(null, held, holder, problem ?? (File.Exists(files.StateFile) ? null : "it does not exist"));
    }

    /// <summary>Whether <paramref name="state"/> describes a live instance that holds the lock now.</summary>
    public static bool IsGenuine(InstanceState state, InstanceFiles files)
    {
        if (state.Pid <= 0)
        {
            return false;
        }

        // On FreeBSD ProcessIdentity reads sysctl kern.proc (no /proc needed): the same checks as on Linux.
        var process = ProcessIdentity.Read(state.Pid);
        return process is not null
            && !process.IsZombie
            && process.UserId == Identity.EffectiveUserId
            && process.StartTime == state.ProcessStartTime
            && process.Executable is not null
            && process.Executable == s_selfExecutable.Value
            && (FlockHolders.HoldsExclusive(state.Pid, files.LockFile) ?? IsHeld(files));
    }

    /// <summary>
    /// Whether anyone holds the lock, asked of the kernel's list of locks (FreeBSD's kern.lockf) so that nobody takes it;
    /// only where the kernel cannot say, a shared-lock probe for an instant (a starting tray retries across one).
    /// </summary>
    private static bool IsHeld(InstanceFiles files) => FlockHolders.IsHeldExclusive(files.LockFile) ?? FileLock.IsHeld(files.LockFile);

    /// <summary>Waits up to <paramref name="timeout"/> for an instance that holds the lock but has not published yet.</summary>
    public static InstanceState? WaitForPublished(InstanceFiles files, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (Find(files) is { } state)
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
