using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

/// <summary>The list's model: a GtkTreeStore with one parent row per action and a child row per package.</summary>
internal sealed class PlanTreeStore : IDisposable
{
    public const int PackageColumn = 0;
    public const int InstalledColumn = 1;
    public const int NewColumn = 2;
    public const int RepositoryColumn = 3;
    public const int NotesColumn = 4;

    /// <summary>The Pango weight of the row: bold for a group's title.</summary>
    public const int WeightColumn = 5;

    private const int NormalWeight = 400;

    public PlanTreeStore()
    {
        var s = Interop.GObject.G_TYPE_STRING;
        Handle = SafeGObjectHandle.Adopt(Interop.Gtk.TreeStoreNewv(6, [s, s, s, s, s, Interop.GObject.G_TYPE_INT]));
    }

    public SafeGObjectHandle Handle { get; }

    /// <summary>Replaces the rows with <paramref name="groups"/>; every text goes in as text.</summary>
    public void Fill(IReadOnlyList<PlanGroup> groups)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.TreeStoreClear(Handle);
        foreach (var group in groups)
        {
            Interop.Gtk.TreeStoreAppendTopLevel(Handle, out var parent, IntPtr.Zero);
            Set(ref parent, group.Title, "", "", "", "", Interop.Pango.PANGO_WEIGHT_BOLD);
            foreach (var row in group.Rows)
            {
                Interop.Gtk.TreeStoreAppend(Handle, out var child, ref parent);
                Set(ref child, row.Package, row.Installed, row.New, row.Repository, row.Notes, NormalWeight);
            }
        }
    }

    public void Dispose() => Handle.Dispose();

    private void Set(ref Interop.GtkTreeIter iter, string package, string installed, string @new, string repository, string notes, int weight)
    {
        SetText(ref iter, PackageColumn, package);
        SetText(ref iter, InstalledColumn, installed);
        SetText(ref iter, NewColumn, @new);
        SetText(ref iter, RepositoryColumn, repository);
        SetText(ref iter, NotesColumn, notes);
        var value = default(Interop.GValue);
        Interop.GObject.ValueInit(ref value, Interop.GObject.G_TYPE_INT);
        Interop.GObject.ValueSetInt(ref value, weight);
        Interop.Gtk.TreeStoreSetValue(Handle, ref iter, WeightColumn, ref value);
        Interop.GObject.ValueUnset(ref value);
    }

    private void SetText(ref Interop.GtkTreeIter iter, int column, string text)
    {
        var value = default(Interop.GValue);
        Interop.GObject.ValueInit(ref value, Interop.GObject.G_TYPE_STRING);
        Interop.GObject.ValueSetString(ref value, text);
        Interop.Gtk.TreeStoreSetValue(Handle, ref iter, column, ref value);
        Interop.GObject.ValueUnset(ref value);
    }
}
