namespace UpdateStation;

/// <summary>Prints the result of an instance's check on the terminal.</summary>
internal static class PlanOutput
{
    /// <summary>Prints the plan, or the check's error; returns the exit status of the check.</summary>
    public static int Print(UpdatePlan? plan, CheckSummary summary)
    {
        if (summary.Error is not null || plan is null)
        {
            return Log.Error($"the check failed: {summary.Error ?? "no plan"}");
        }

        Console.WriteLine(plan.IsUpToDate
            ? "The system is up to date."
            : $"{plan.Updates.Count} update(s) available, {plan.SecurityCount} security.");
        foreach (var change in plan.Updates)
        {
            Console.WriteLine($"  {change.Name} {change.CurrentVersion} -> {change.NewVersion}");
        }

        return ExitCodes.Success;
    }
}
