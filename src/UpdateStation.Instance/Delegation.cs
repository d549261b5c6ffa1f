namespace UpdateStation.Instance;

/// <summary>How a request to the instance (check-now) ended.</summary>
public enum DelegationResult
{
    /// <summary>The running instance acknowledged the activation.</summary>
    Acknowledged,

    /// <summary>No instance ran, so this process was the instance and did the work itself.</summary>
    RanHere,

    /// <summary>The verified instance was signalled but did not acknowledge in time (stopped or hung).</summary>
    NoResponse,

    /// <summary>Something holds the lock, but no state names a verifiable instance to signal.</summary>
    Unreachable,
}

/// <summary>The result of <see cref="InstanceDelegation.ActivateOrRun"/>.</summary>
/// <param name="Result">How it ended.</param>
/// <param name="Pid">The verified instance's pid (Acknowledged, NoResponse); 0 otherwise: a pid we rejected is never named.</param>
/// <param name="Found">What stood in the instance's place (Unreachable), in words.</param>
public readonly record struct Delegation(DelegationResult Result, int Pid, string? Found);
