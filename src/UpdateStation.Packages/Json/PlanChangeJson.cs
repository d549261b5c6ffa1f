using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Json;

/// <summary>One change of a plan in JSON; the action is a lowercase word ("upgrade", "install"...).</summary>
public sealed record PlanChangeJson(
    string Name,
    string Action,
    string? CurrentVersion,
    string? NewVersion,
    string? Repository,
    bool Security,
    bool Vulnerable,
    string? Reason,
    long? DownloadBytes = null,
    long? DiskChangeBytes = null,
    string? Summary = null,
    string? Description = null,
    string? Homepage = null,
    string? Advisory = null)
{
    public static PlanChangeJson From(PackageChange change) => new(
        change.Name,
        ActionNames.Of(change.Action),
        change.CurrentVersion,
        change.NewVersion,
        change.Repository,
        change.Security,
        change.Vulnerable,
        change.Reason,
        change.DownloadBytes,
        change.DiskChangeBytes,
        change.Summary,
        change.Description,
        change.Homepage,
        change.Advisory);

    /// <exception cref="FormatException">The action is not one of ours.</exception>
    public PackageChange ToChange() => new(
        Name,
        ActionNames.Parse(Action),
        CurrentVersion,
        NewVersion,
        Repository,
        Security,
        Vulnerable,
        Reason,
        DownloadBytes,
        DiskChangeBytes,
        Summary,
        Description,
        Homepage,
        Advisory);
}
