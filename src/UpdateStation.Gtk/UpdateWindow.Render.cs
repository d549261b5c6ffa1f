using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>Shows <paramref name="content"/>: labels get text (never markup), the tree is refilled and expanded, the page chosen.</summary>
    public void Render(WindowContent content)
    {
        Debug.Assert(GtkThread.IsCurrent);
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        Interop.Gtk.LabelSetText(_header, content.Header);
        Widgets.SetVisible(_tryAgain, content.Failed);
        Show(_catalogue, content.Catalogue);
        Show(_held, content.Held);
        Show(_removals, content.Removals);
        Show(_sizes, content.Sizes);
        Widgets.SetVisible(_installButton, content.Fingerprint is not null);
        Widgets.SetVisible(_listAndDetails, content.Groups.Count > 0); // Never an empty table.
        _upToDate.Show(
            content.Header == WindowContent.Checking ? WindowContent.Checking : Catalog.T("Up to date"),
            content.LastChecked,
            content.Catalogue);
        if (!Installing && _pages.Current is WindowPages.List or WindowPages.UpToDate)
        {
            ShowPage(content.UpToDate ? WindowPages.UpToDate : WindowPages.List);
        }

        // Refilling would lose the selection, the scroll position and the screen reader's place: only for a new plan.
        if (!SameRows(_shownGroups, content.Groups))
        {
            _shownGroups = content.Groups;
            _shownRows = [.. content.Groups.SelectMany(group => group.Rows)];
            _details.ShowNothing();
            _changelogs.Cancel();
            FitColumns(content.LongestCells);
            _store.Fill(content.Groups, ExpandFirstRow);
            SizeToContent(_shownRows.Length + content.Groups.Count);
        }
    }

    private static bool SameRows(IReadOnlyList<PlanGroup> shown, IReadOnlyList<PlanGroup> next) =>
        ReferenceEquals(shown, next)
        || shown.Count == next.Count
        && shown.Zip(next).All(pair => pair.First.Title == pair.Second.Title && pair.First.Rows.SequenceEqual(pair.Second.Rows));

    /// <summary>Expands the store's first row: a group as soon as it has a row, so the rest arrive already shown.</summary>
    private void ExpandFirstRow()
    {
        var first = Interop.Gtk.TreePathNewFirst();
        _ = Interop.Gtk.TreeViewExpandRow(_list, first, 0);
        Interop.Gtk.TreePathFree(first);
    }

    private static void Show(SafeGObjectHandle label, string text)
    {
        Interop.Gtk.LabelSetText(label, text);
        Widgets.SetVisible(label, text.Length > 0);
    }
}
