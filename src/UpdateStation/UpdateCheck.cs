using System.Text.Json;
using UpdateStation.Packages.Json;

namespace UpdateStation;

/// <summary>The instance's update check: runs the backend and hands the plan on with its summary.</summary>
/// <param name="backendName">apt or pkg; null: $UPDATE_STATION_BACKEND, else detected.</param>
/// <param name="timeout">`check-timeout-minutes`: the longest the whole check may take; a check still running then is
/// stopped (its package manager with it) and fails with a summary that says so. Each step gets the same bound.</param>
/// <param name="ignore">The ignore list (<see cref="CommandSettings.Ignore"/>): what the plan leaves out and shows as ignored.</param>
internal sealed class UpdateCheck(string? backendName, TimeSpan timeout, IReadOnlyList<IgnoreRule> ignore)
{
    /// <param name="refresh">Refresh the catalogue first; false plans from the catalogue as it is (after a package change, on a metered network).</param>
    public async Task<CheckResult<UpdatePlan>> RunAsync(bool refresh, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var plan = await BackendSelector.Create(backendName, timeout, ignore: ignore).CheckAsync(refresh, limit.Token).ConfigureAwait(false);
            return new(new CheckSummary(plan.CheckedAt, plan.Updates.Count, plan.SecurityCount, null), plan);
        }
        catch (BackendException ex)
        {
            return new(new CheckSummary(DateTimeOffset.Now, 0, 0, ex.Message), null);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var minutes = (int)timeout.TotalMinutes;
            return new(new CheckSummary(DateTimeOffset.Now, 0, 0, $"the check took longer than {minutes} minute{(minutes == 1 ? "" : "s")} (check-timeout-minutes) and was stopped."), null);
        }
    }

    /// <summary>plan.json: exactly what `check --json` prints.</summary>
    public static byte[] ToJson(UpdatePlan plan) => JsonSerializer.SerializeToUtf8Bytes(PlanJson.From(plan), PlanJsonContext.Default.PlanJson);
}
