using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>The details pane's lines for one change: every field as text (escaped), empty when the package manager does not say.</summary>
/// <param name="Title">The package's name.</param>
/// <param name="Versions">"1.0-1 → 1.0-2", "New: 2.0", "Removed: 1.0".</param>
/// <param name="Summary">The one-line description.</param>
/// <param name="Security">"Security update (DSA-5555-1)"; empty for other changes.</param>
/// <param name="Reason">"Why: a new dependency of foo".</param>
/// <param name="Sizes">"Download 1.2 MiB · installed size +300.0 KiB".</param>
/// <param name="Repository">"From bookworm-security".</param>
/// <param name="Homepage">The homepage as the package names it.</param>
/// <param name="Description">The long description.</param>
public sealed record PackageDetails(
    string Title,
    string Versions,
    string Summary,
    string Security,
    string Reason,
    string Sizes,
    string Repository,
    string Homepage,
    string Description)
{
    public static PackageDetails Of(PackageChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(
            DisplayText.Escape(change.Name),
            VersionsOf(change),
            Text(change.Summary),
            SecurityLine(change),
            string.IsNullOrWhiteSpace(change.Reason) ? "" : T("Why: {0}", DisplayText.Escape(change.Reason)),
            SizesOf(change),
            string.IsNullOrEmpty(change.Repository) ? "" : T("From {0}", DisplayText.Escape(change.Repository)),
            Text(change.Homepage),
            DescriptionOf(change.Description));
    }

    /// <summary>The lines that are not empty, in the pane's order (what a screen reader reads).</summary>
    public IEnumerable<string> Lines() =>
        new[] { Title, Versions, Summary, Security, Reason, Sizes, Repository, Homepage, Description }.Where(line => line.Length > 0);

    private static string VersionsOf(PackageChange change)
    {
        var current = DisplayText.Escape(change.CurrentVersion ?? "");
        var next = DisplayText.Escape(change.NewVersion ?? "");
        return change.Action switch
        {
            ChangeAction.Remove => T("To be removed: {0}", current),
            ChangeAction.Install => T("New package: {0}", next),
            ChangeAction.Reinstall or ChangeAction.Configure => T("Version {0}", next.Length > 0 ? next : current),
            _ => T("{0} → {1}", current, next),
        };
    }

    private static string SecurityLine(PackageChange change)
    {
        if (!PlanRow.IsSecurityUpdate(change))
        {
            return change.Vulnerable ? T("The new version still has known vulnerabilities") : "";
        }

        return string.IsNullOrWhiteSpace(change.Advisory)
            ? T("Security update")
            : T("Security update ({0})", DisplayText.Escape(change.Advisory));
    }

    private static string SizesOf(PackageChange change)
    {
        List<string> sizes = [];
        if (change.DownloadBytes is { } download && change.Action != ChangeAction.Remove)
        {
            sizes.Add(T("Download {0}", ByteSize.Format(download)));
        }

        if (change.DiskChangeBytes is { } disk)
        {
            sizes.Add(disk >= 0 ? T("installed size +{0}", ByteSize.Format(disk)) : T("installed size −{0}", ByteSize.Format(disk)));
        }

        return string.Join(" · ", sizes);
    }

    private static string Text(string? text) => string.IsNullOrWhiteSpace(text) ? "" : DisplayText.Escape(text.Trim());

    /// <summary>Paragraphs kept apart, each paragraph's lines joined (the Packages file folds them at 80 columns).</summary>
    private static string DescriptionOf(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? ""
            : string.Join("\n\n", text.Replace("\r", "", StringComparison.Ordinal).Split("\n\n")
                .Select(paragraph => DisplayText.Escape(string.Join(' ', paragraph.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))))
                .Where(paragraph => paragraph.Length > 0));
}
