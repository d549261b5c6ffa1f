using System.Text.Json;
using UpdateStation.Packages.Json;

namespace UpdateStation;

/// <summary>The instance's update check: runs the backend and hands the plan on with its summary.</summary>
/// <param name="backendName">apt or pkg; null: $UPDATE_STATION_BACKEND, else detected.</param>
/// <param name="stepTimeout">`check-timeout-minutes`: the longest a refresh or a simulation may run.</param>
internal sealed class UpdateCheck(string? backendName, TimeSpan stepTimeout)
{
    /// <param name="refresh">Refresh the catalogue first; false plans from the catalogue as it is (after a package change, on a metered network).</param>
    public async Task<CheckResult<UpdatePlan>> RunAsync(bool refresh, CancellationToken cancellationToken)
    {
        try
        {
            var plan = await BackendSelector.Create(backendName, stepTimeout).CheckAsync(refresh, cancellationToken).ConfigureAwait(false);
            return new(new CheckSummary(plan.CheckedAt, plan.Updates.Count, plan.SecurityCount, null), plan);
        }
        catch (BackendException ex)
        {
            return new(new CheckSummary(DateTimeOffset.Now, 0, 0, ex.Message), null);
        }
    }

    /// <summary>plan.json: exactly what `check --json` prints.</summary>
    public static byte[] ToJson(UpdatePlan plan) => JsonSerializer.SerializeToUtf8Bytes(PlanJson.From(plan), PlanJsonContext.Default.PlanJson);
}
