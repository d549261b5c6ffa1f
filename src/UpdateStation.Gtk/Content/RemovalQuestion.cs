using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Gtk.Content;

/// <summary>What `Install Updates` asks first when the plan removes packages: it names them (as apt does), and Cancel is the default.</summary>
/// <param name="Title">"Installing these updates removes 2 packages".</param>
/// <param name="Names">The packages removed, one a line, escaped.</param>
public sealed record RemovalQuestion(string Title, string Names)
{
    public static string Cancel => T("_Cancel");

    public static string Confirm => T("_Remove and Install");

    /// <summary>The question for <paramref name="plan"/>; null when it removes nothing (Install starts at once).</summary>
    public static RemovalQuestion? For(UpdatePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var removed = WindowContent.RemovedNames(plan);
        return removed.Count == 0
            ? null
            : new(N("Installing these updates removes {0} package:", "Installing these updates removes {0} packages:", removed.Count), string.Join("\n", removed));
    }
}
