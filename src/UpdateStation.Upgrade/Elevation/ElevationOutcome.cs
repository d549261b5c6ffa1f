namespace UpdateStation.Upgrade.Elevation;

/// <summary>What a helper's exit status says about the elevation itself.</summary>
public enum ElevationOutcome
{
    /// <summary>The helper ran; its own exit status and events tell the rest.</summary>
    Ran,

    /// <summary>The authentication dialog was dismissed (pkexec 126): nothing changed, back to the list.</summary>
    Cancelled,

    /// <summary>Not authorized, or no authentication agent to ask (pkexec 127; sudo refusing without a rule).</summary>
    NotAuthorized,
}
