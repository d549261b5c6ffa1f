namespace UpdateStation.Instance;

/// <summary>The result of one check: the summary the instance publishes, and the plan itself for whoever shows it.</summary>
/// <typeparam name="TPlan">The plan's type; the instance runtime only carries it (it knows no package model).</typeparam>
/// <param name="Summary">Counts, time and error, as published in instance.json.</param>
/// <param name="Plan">The plan of a good check; null when the check failed.</param>
public sealed record CheckResult<TPlan>(CheckSummary Summary, TPlan? Plan)
    where TPlan : class;
