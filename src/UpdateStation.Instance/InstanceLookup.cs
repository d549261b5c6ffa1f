namespace UpdateStation.Instance;

/// <summary>What a client found in the runtime directory: the verified instance, or what stands in its place.</summary>
/// <param name="Instance">The verified state of the running instance; null when there is none that can be verified.</param>
/// <param name="LockHeld">Some process holds the lock.</param>
/// <param name="HolderPid">The holder's pid from /proc/locks; null where the system cannot say.</param>
/// <param name="StateProblem">What is wrong with the published state, in words; null when there is nothing to say.</param>
public sealed record InstanceLookup(InstanceState? Instance, bool LockHeld, int? HolderPid, string? StateProblem)
{
    /// <summary>Whether a process holds the lock while its state cannot be read or verified: it cannot be reached.</summary>
    public bool IsUnreachable => Instance is null && LockHeld;

    /// <summary>"a lock held by an instance whose state is unreadable (pid 123; instance.json: it is a directory)".</summary>
    public string Describe(InstanceFiles files)
    {
        var holder = HolderPid is { } pid ? $"pid {pid}" : "pid unknown";
        return $"a lock held by an instance whose state is unreadable ({holder}; {files.StateFile}: {StateProblem ?? "no state"})";
    }
}
