namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    private const string HistoryPageName = "history";

    /// <summary>Shows the History page (read again each time) in place of the list, or the page the plan calls for again.</summary>
    private void ShowHistory(bool show)
    {
        Debug.Assert(GtkThread.IsCurrent);
        if (show)
        {
            _historyPage.Reload();
            ShowPage(HistoryPageName);
        }
        else
        {
            ShowPage(_content?.UpToDate == true ? WindowPages.UpToDate : WindowPages.List);
        }
    }
}
