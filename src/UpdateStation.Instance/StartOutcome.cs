namespace UpdateStation.Instance;

/// <summary>How <see cref="InstanceHost.TryStart"/> ended.</summary>
public enum StartResult
{
    /// <summary>This process holds the lock and has published its state (with PublishesLater: will publish it): it is the instance.</summary>
    Started,

    /// <summary>A one-shot (check-now) instance holds the lock; this one takes over when it exits.</summary>
    Waiting,

    /// <summary>Another instance holds the lock; this process must not be one.</summary>
    AlreadyRunning,
}

/// <summary>The result of a start and the pid of the instance that holds the lock, when it could be verified (else 0).</summary>
public readonly record struct StartOutcome(StartResult Result, int Pid);
