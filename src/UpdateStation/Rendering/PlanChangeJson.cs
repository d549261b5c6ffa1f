using UpdateStation.Packages.Model;

namespace UpdateStation.Rendering;

/// <summary>One change of a plan in JSON; the action is a lowercase word ("upgrade", "install"...).</summary>
internal sealed record PlanChangeJson(
    string Name,
    string Action,
    string? CurrentVersion,
    string? NewVersion,
    string? Repository,
    bool Security,
    bool Vulnerable,
    string? Reason)
{
    public static PlanChangeJson From(PackageChange change) => new(
        change.Name,
        ActionNames.Of(change.Action),
        change.CurrentVersion,
        change.NewVersion,
        change.Repository,
        change.Security,
        change.Vulnerable,
        change.Reason);
}
