using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>Shows <paramref name="content"/>: labels get text (never markup), the tree is refilled and expanded.</summary>
    public void Render(WindowContent content)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetText(_header, content.Header);
        Widgets.SetVisible(_tryAgain, content.Failed);
        Show(_catalogue, content.Catalogue);
        Show(_held, content.Held);
        Show(_sizes, content.Sizes);
        _store.Fill(content.Groups);
        Interop.Gtk.TreeViewExpandAll(_list);
    }

    private static void Show(SafeGObjectHandle label, string text)
    {
        Interop.Gtk.LabelSetText(label, text);
        Widgets.SetVisible(label, text.Length > 0);
    }
}
