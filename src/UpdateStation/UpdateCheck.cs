namespace UpdateStation;

/// <summary>The instance's update check: runs the backend and keeps the plan for whoever shows it.</summary>
internal sealed class UpdateCheck(string? backendName)
{
    /// <summary>The plan of the last successful check.</summary>
    public UpdatePlan? LastPlan { get; private set; }

    public async Task<CheckSummary> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var plan = await BackendSelector.Create(backendName).CheckAsync(refresh: true, cancellationToken).ConfigureAwait(false);
            LastPlan = plan;
            return new CheckSummary(plan.CheckedAt, plan.Updates.Count, plan.SecurityCount, null);
        }
        catch (BackendException ex)
        {
            return new CheckSummary(DateTimeOffset.Now, 0, 0, ex.Message);
        }
    }
}
