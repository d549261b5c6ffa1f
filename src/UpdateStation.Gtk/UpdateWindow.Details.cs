using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>The selected row's details and its changelog (fetched off the GTK thread; a later selection cancels it).</summary>
    private void OnSelectionChanged()
    {
        if (PlanTreeStore.SelectedKey(_list) is not { } key || key >= _shownRows.Length || _shownRows[key].Change is not { } change)
        {
            _changelogs.Cancel();
            _details.ShowNothing();
            return;
        }

        _details.Show(PackageDetails.Of(change));
        _changelogs.Request(_content?.Plan?.Backend, change, _details.ShowChangelog);
    }

    /// <summary>Enter or a double click on a row: its details get the focus (a screen reader reads them next).</summary>
    private void OnRowActivated()
    {
        OnSelectionChanged();
        if (PlanTreeStore.SelectedKey(_list) is not null)
        {
            _details.Focus();
        }
    }

    /// <summary>`Install Updates`: when the plan removes packages, asks first, naming them, Cancel the default.</summary>
    private void ConfirmRemovals(Action install)
    {
        if (_content?.Plan is { } plan && RemovalQuestion.For(plan) is { } question)
        {
            RemovalDialog.Ask(_window, question, install);
            return;
        }

        install();
    }
}
