namespace UpdateStation.Desktop.Tray;

/// <summary>What the instance knows that the icon renders; <see cref="TrayAppearanceRules"/> turns it into a look.</summary>
/// <param name="LastGoodPlan">The last plan a check produced; null before the first good check.</param>
/// <param name="Checking">A check runs now.</param>
/// <param name="FailureReason">Why the last check failed; null when it succeeded.</param>
/// <param name="RestartNeeded">An upgrade asked for a restart that has not happened yet.</param>
/// <param name="Since">When this instance started: the "7 days without a good check" count from here when no check ever succeeded.</param>
internal sealed record TrayFacts(
    UpdatePlan? LastGoodPlan,
    bool Checking,
    string? FailureReason,
    bool RestartNeeded,
    DateTimeOffset Since);
