using UpdateStation.Gtk.Content;
using static UpdateStation.Gtk.Interop.Gtk.GtkResponseType;

namespace UpdateStation.Gtk;

/// <summary>The question `Install Updates` asks when the plan removes packages: a modal dialog naming them, Cancel the default.</summary>
internal static class RemovalDialog
{
    /// <summary>Asks; <paramref name="confirmed"/> runs only for `Remove and Install`. The dialog destroys itself on any answer.</summary>
    public static void Ask(SafeGObjectHandle parent, RemovalQuestion question, Action confirmed)
    {
        Debug.Assert(GtkThread.IsCurrent);
        var dialog = SafeGObjectHandle.Own(Interop.Gtk.DialogNew());
        Interop.Gtk.WindowSetTitle(dialog, Catalog.T("Remove packages?"));
        Interop.Gtk.WindowSetTransientFor(dialog, parent);
        Interop.Gtk.WindowSetModal(dialog, 1);
        using (var content = SafeGObjectHandle.Own(Interop.Gtk.DialogGetContentArea(dialog)))
        using (var title = Widgets.Label(question.Title))
        using (var names = Widgets.Label(question.Names))
        {
            Interop.Gtk.ContainerSetBorderWidth(content, 12);
            Widgets.Bold(title);
            Interop.Gtk.BoxPackStart(content, title, 0, 0, 6);
            Interop.Gtk.BoxPackStart(content, names, 0, 0, 6);
        }

        using (var cancel = SafeGObjectHandle.Own(Interop.Gtk.DialogAddButton(dialog, RemovalQuestion.Cancel, GTK_RESPONSE_CANCEL)))
        {
            _ = Interop.Gtk.DialogAddButton(dialog, RemovalQuestion.Confirm, GTK_RESPONSE_ACCEPT);
            Interop.Gtk.DialogSetDefaultResponse(dialog, GTK_RESPONSE_CANCEL);
            GLibCallbacks.ConnectResponse(dialog, response =>
            {
                Interop.Gtk.WidgetDestroy(dialog);
                dialog.Dispose();
                if (response == (int)GTK_RESPONSE_ACCEPT)
                {
                    confirmed();
                }
            });
            Interop.Gtk.WidgetShowAll(dialog);
            Interop.Gtk.WidgetGrabFocus(cancel); // Enter cancels: nothing is removed without a deliberate choice.
        }
    }
}
