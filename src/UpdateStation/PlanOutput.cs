using UpdateStation.Rendering;

namespace UpdateStation;

/// <summary>Prints the result of a check-now instance's own check on the terminal.</summary>
internal static class PlanOutput
{
    /// <summary>Prints the plan as `check` does, or the check's error; returns the exit status of the check.</summary>
    public static int Print(UpdatePlan? plan, CheckSummary summary)
    {
        if (summary.Error is not null || plan is null)
        {
            return Log.Error($"the check failed: {summary.Error ?? "no plan"}");
        }

        PlanTable.Write(Console.Out, plan, DateTimeOffset.Now, refreshRequested: true, TerminalStyle.Of(Posix.StandardDescriptors.Output));
        return ExitCodes.Success;
    }
}
