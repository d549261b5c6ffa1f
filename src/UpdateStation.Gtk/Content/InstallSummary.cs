using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>What an installed plan changed, for the result page: one line per action with its count and names.</summary>
public static class InstallSummary
{
    /// <summary>More names than this in one line end in "and N more".</summary>
    public const int NamesShown = 12;

    /// <summary>"Upgraded 5 packages: a, b, c, d, e", then installed, removed and the rest; escaped.</summary>
    public static IReadOnlyList<string> Of(UpdatePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            .. plan.Updates
                .GroupBy(change => change.Action)
                .OrderBy(group => group.Key == ChangeAction.Remove ? 1 : 0)
                .Select(group => Line(group.Key, [.. group.Select(change => DisplayText.Escape(change.Name))])),
        ];
    }

    private static string Line(ChangeAction action, IReadOnlyList<string> names)
    {
        var shown = string.Join(", ", names.Take(NamesShown));
        if (names.Count > NamesShown)
        {
            shown = N("{1} and {0} more", "{1} and {0} more", names.Count - NamesShown, shown);
        }

        return action switch
        {
            ChangeAction.Install => N("Installed {0} new package: {1}", "Installed {0} new packages: {1}", names.Count, shown),
            ChangeAction.Remove => N("Removed {0} package: {1}", "Removed {0} packages: {1}", names.Count, shown),
            ChangeAction.Reinstall => N("Reinstalled {0} package: {1}", "Reinstalled {0} packages: {1}", names.Count, shown),
            ChangeAction.Downgrade => N("Downgraded {0} package: {1}", "Downgraded {0} packages: {1}", names.Count, shown),
            ChangeAction.Configure => N("Configured {0} package: {1}", "Configured {0} packages: {1}", names.Count, shown),
            _ => N("Upgraded {0} package: {1}", "Upgraded {0} packages: {1}", names.Count, shown),
        };
    }
}
