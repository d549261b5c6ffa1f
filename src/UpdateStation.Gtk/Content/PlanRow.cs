namespace UpdateStation.Gtk.Content;

/// <summary>One package line of the list, as text: Package, Installed, New, Repository, Notes; the package manager's words escaped (<see cref="DisplayText"/>).</summary>
public sealed record PlanRow(string Package, string Installed, string New, string Repository, string Notes)
{
    public static PlanRow From(PackageChange change)
    {
        List<string> notes = [];
        if (change.Security)
        {
            notes.Add(Catalog.T("security"));
        }

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
            string.Join(", ", notes));
    }
}
