using UpdateStation.Packages.Processes;

namespace UpdateStation.Packages;

/// <summary>One upgrade run as a front end asks for it: where it is logged, and the moment packages start changing.</summary>
/// <param name="LogPath">The run log (see <see cref="RunLog"/>); root's default is <see cref="RunLog.DefaultPath"/>.</param>
public sealed record UpgradeRequest(string LogPath)
{
    /// <summary>Called once, just before the first package changes.</summary>
    /// <remarks>
    /// It throws <see cref="OperationCanceledException"/> when the run was stopped before that moment, and nothing has
    /// changed. Once it returns, the package manager runs to its end whatever happens to this process.
    /// </remarks>
    public Action BeginChanges { get; init; } = static () => { };

    /// <summary><see cref="BeginChanges"/>, saying in <paramref name="log"/> when the run was stopped before any change.</summary>
    /// <exception cref="OperationCanceledException">The run was stopped before any change.</exception>
    public void BeginChangesLogged(RunLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        try
        {
            BeginChanges();
        }
        catch (OperationCanceledException)
        {
            log.Write("upgrade cancelled before any change");
            throw;
        }
    }

    /// <summary>The plan the user saw and agreed to; when set, the backend re-plans and applies only that plan.</summary>
    /// <remarks>When the package manager's plan differs, nothing changes and <see cref="PlanChangedException"/> carries the new one.</remarks>
    public Model.UpdatePlan? Plan { get; init; }

    /// <summary>The run log, opened (and so locked) by the caller for its whole run; null: the backend opens <see cref="LogPath"/>.</summary>
    /// <remarks>A caller that compares plans before the backend runs holds the log from the start, so no other run slips in between.</remarks>
    public RunLog? Log { get; init; }

    /// <summary>
    /// apt: an executable that apt runs just before dpkg (see <see cref="Apt.AptPlanHook"/>) to refuse a run whose plan is not
    /// <see cref="Plan"/>; null: apt's plan is compared with <see cref="Plan"/> only by a simulation just before it runs.
    /// </summary>
    public string? PlanHook { get; init; }
}
