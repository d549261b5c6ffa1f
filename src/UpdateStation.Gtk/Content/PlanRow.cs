namespace UpdateStation.Gtk.Content;

/// <summary>One package line of the list, as text: Package, Installed, New, Repository, Notes; the package manager's words escaped (<see cref="DisplayText"/>).</summary>
/// <param name="Mark">"security update" on a security update, else empty: drawn beside the name, in the first column, and read by a screen reader.</param>
public sealed record PlanRow(string Package, string Installed, string New, string Repository, string Notes, string Mark = "")
{
    /// <summary>The icon beside a security update's name.</summary>
    public const string SecurityIcon = "security-high";

    /// <summary>The change the row shows (the details pane reads it); null only in tests that build rows by hand.</summary>
    public PackageChange? Change { get; init; }

    public static string SecurityMark => Catalog.T("security update");

    public static PlanRow From(PackageChange change)
    {
        List<string> notes = [];
        if (change.Vulnerable)
        {
            notes.Add(Catalog.T("vulnerable"));
        }

        if (!string.IsNullOrWhiteSpace(change.Reason))
        {
            notes.Add(DisplayText.Escape(change.Reason));
        }

        return new(
            DisplayText.Escape(change.Name),
            DisplayText.Escape(change.CurrentVersion ?? ""),
            DisplayText.Escape(change.NewVersion ?? ""),
            DisplayText.Escape(change.Repository ?? ""),
            string.Join(", ", notes),
            IsSecurityUpdate(change) ? SecurityMark : "")
        {
            Change = change,
        };
    }

    /// <summary>A change the ignore list leaves out: no security mark (it is not offered), the note names the rule.</summary>
    public static PlanRow FromIgnored(IgnoredChange ignored)
    {
        ArgumentNullException.ThrowIfNull(ignored);
        return From(ignored.Change with { Security = false }) with
        {
            Notes = Catalog.T("ignored by your settings (rule {0})", DisplayText.Escape(ignored.Rule.ToString())),
        };
    }

    /// <summary>A security update: a change from a security source that installs something (a removal is never an update).</summary>
    public static bool IsSecurityUpdate(PackageChange change) => change.Security && change.Action != ChangeAction.Remove;
}
