namespace UpdateStation.Instance;

/// <summary>What the instance publishes about its last update check.</summary>
/// <param name="CheckedAt">When the check finished.</param>
/// <param name="Updates">How many updates wait; 0 after a failed check.</param>
/// <param name="Security">How many of them are security updates.</param>
/// <param name="Error">Why the check failed; null when it succeeded.</param>
public sealed record CheckSummary(DateTimeOffset CheckedAt, int Updates, int Security, string? Error);
