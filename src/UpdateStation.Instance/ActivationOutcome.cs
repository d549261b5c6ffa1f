namespace UpdateStation.Instance;

/// <summary>How asking the running instance to act ended.</summary>
public enum ActivationResult
{
    /// <summary>The instance ran the activation on its main loop.</summary>
    Acknowledged,

    /// <summary>No instance runs (or it went away before acting): the caller may become the instance.</summary>
    NotRunning,

    /// <summary>The instance was signalled but did not act in time (hung or stopped).</summary>
    NoResponse,
}

/// <summary>The result of <see cref="InstanceClient.Activate"/> and the verified instance's pid (0 when none was verified).</summary>
public readonly record struct ActivationOutcome(ActivationResult Result, int Pid);
