using System.Text;

namespace UpdateStation.Packages.Model;

/// <summary>
/// The identity of a plan as the user saw it: SHA-256, in lowercase hex, over what would change and nothing else.
/// </summary>
/// <remarks>
/// Each change contributes its name, action, current and new version, one line each, tab-separated, an absent version
/// empty. The changes are sorted first (by name, then action, then versions, ordinally), so the package manager's
/// ordering does not matter; where the catalogue came from, sizes, security flags and held packages do not either.
/// `check --json` prints it, and the root helper applies a plan only when a fresh one has the same fingerprint.
/// </remarks>
public static class PlanFingerprint
{
    /// <summary>The length of a fingerprint: 64 hex digits.</summary>
    public const int Length = 64;

    public static string Of(UpdatePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Of(plan.Updates);
    }

    public static string Of(IEnumerable<PackageChange> changes)
    {
        var text = new StringBuilder();
        var lines = changes
            .Select(c => (c.Name, Action: ActionNames.Of(c.Action), Current: c.CurrentVersion ?? "", New: c.NewVersion ?? ""))
            .Order();
        foreach (var (name, action, current, next) in lines)
        {
            text.Append(name).Append('\t').Append(action).Append('\t').Append(current).Append('\t').Append(next).Append('\n');
        }

        return Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Whether <paramref name="text"/> has a fingerprint's shape: 64 lowercase hex digits.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
