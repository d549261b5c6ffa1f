using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

/// <summary>The list's model: a GtkTreeStore with one parent row per action and a child row per package.</summary>
/// <remarks>
/// A plan can hold tens of thousands of changes (a machine not updated for a year, or a tampered plan.json), so
/// <see cref="Fill"/> is linear and runs in slices at idle priority, between which the main loop answers input,
/// redraws and signals. Linear because rows go in last first, each at position 0: gtk_tree_store_append walks to the
/// last sibling, and the path of each row-inserted (and row-changed) signal counts the siblings before the row, so
/// appending n rows cost n² (60,000 rows: 100 s, bench/window-fill); a row put first costs neither.
/// </remarks>
internal sealed unsafe class PlanTreeStore : IDisposable
{
    public const int PackageColumn = 0;
    public const int InstalledColumn = 1;
    public const int NewColumn = 2;
    public const int RepositoryColumn = 3;
    public const int NotesColumn = 4;

    /// <summary>The Pango weight of the row: bold for a group's title and a security update.</summary>
    public const int WeightColumn = 5;

    /// <summary>The icon beside the package's name (a security update's), else null.</summary>
    public const int IconColumn = 6;

    /// <summary>The mark beside the name ("security update"), read by a screen reader with the row.</summary>
    public const int MarkColumn = 7;

    /// <summary>The row's index among the package rows, in the order of the groups (-1 for a group's own row).</summary>
    public const int KeyColumn = 8;

    private const int ColumnCount = 9;
    private const int NormalWeight = 400;

    /// <summary>How long one slice may hold the GTK thread.</summary>
    private static readonly TimeSpan s_slice = TimeSpan.FromMilliseconds(8);

    private int _generation;

    public PlanTreeStore()
    {
        var s = Interop.GObject.G_TYPE_STRING;
        var i = Interop.GObject.G_TYPE_INT;
        Handle = SafeGObjectHandle.Adopt(Interop.Gtk.TreeStoreNewv(ColumnCount, [s, s, s, s, s, i, s, s, i]));
    }

    public SafeGObjectHandle Handle { get; }

    /// <summary>
    /// Replaces the rows with <paramref name="groups"/> (every text goes in as text), slice by slice; a later fill
    /// or disposal stops this one. <paramref name="groupStarted"/> runs when the group's first row is in, while the
    /// group is the first row of the store, so the view can expand it before the rest arrive.
    /// </summary>
    public void Fill(IReadOnlyList<PlanGroup> groups, Action groupStarted)
    {
        Debug.Assert(GtkThread.IsCurrent);
        var generation = ++_generation;
        Interop.Gtk.TreeStoreClear(Handle);
        var group = groups.Count - 1;
        var offsets = new int[groups.Count];
        for (var g = 1; g < groups.Count; g++)
        {
            offsets[g] = offsets[g - 1] + groups[g - 1].Rows.Count;
        }

        var row = -1; // -1: the group's own row comes next; then its rows, last first.
        var parent = new Interop.GtkTreeIter[1]; // The group's row; a store's iterators stay valid while the row exists.
        GLibCallbacks.IdleRepeating(() =>
        {
            if (generation != _generation)
            {
                return false;
            }

            var clock = Stopwatch.StartNew();
            while (group >= 0)
            {
                if (row < 0)
                {
                    parent[0] = Insert(null, new PlanRow(groups[group].Title, "", "", "", ""), Interop.Pango.PANGO_WEIGHT_BOLD, -1);
                    row = groups[group].Rows.Count - 1;
                }
                else
                {
                    var key = offsets[group] + row;
                    var next = groups[group].Rows[row--];
                    fixed (Interop.GtkTreeIter* under = parent)
                    {
                        _ = Insert(under, next, next.Mark.Length > 0 ? Interop.Pango.PANGO_WEIGHT_BOLD : NormalWeight, key);
                    }

                    if (row == groups[group].Rows.Count - 2)
                    {
                        groupStarted();
                    }
                }

                if (row < 0)
                {
                    group--;
                }

                if ((row & 63) == 0 && clock.Elapsed > s_slice)
                {
                    return true;
                }
            }

            return false;
        });
    }

    public void Dispose()
    {
        _generation++;
        Handle.Dispose();
    }

    private Interop.GtkTreeIter Insert(Interop.GtkTreeIter* parent, PlanRow row, int weight, int key)
    {
        var columns = stackalloc int[ColumnCount] { PackageColumn, InstalledColumn, NewColumn, RepositoryColumn, NotesColumn, WeightColumn, IconColumn, MarkColumn, KeyColumn };
        var values = stackalloc Interop.GValue[ColumnCount];
        new Span<Interop.GValue>(values, ColumnCount).Clear();
        Text(ref values[PackageColumn], row.Package);
        Text(ref values[InstalledColumn], row.Installed);
        Text(ref values[NewColumn], row.New);
        Text(ref values[RepositoryColumn], row.Repository);
        Text(ref values[NotesColumn], row.Notes);
        Number(ref values[WeightColumn], weight);
        Text(ref values[IconColumn], row.Mark.Length > 0 ? PlanRow.SecurityIcon : null);
        Text(ref values[MarkColumn], row.Mark);
        Number(ref values[KeyColumn], key);
        Interop.Gtk.TreeStoreInsertWithValues(Handle, out var iter, parent, 0, columns, values, ColumnCount);
        for (var i = 0; i < ColumnCount; i++)
        {
            Interop.GObject.ValueUnset(ref values[i]);
        }

        return iter;
    }

    /// <summary>The key (<see cref="KeyColumn"/>) of the selected row of <paramref name="view"/>; null when none or a group's row is selected.</summary>
    public static int? SelectedKey(SafeGObjectHandle view)
    {
        var selection = Interop.Gtk.TreeViewGetSelection(view);
        if (Interop.Gtk.TreeSelectionGetSelected(selection, out var model, out var iter) == 0)
        {
            return null;
        }

        var value = default(Interop.GValue);
        Interop.Gtk.TreeModelGetValue(model, ref iter, KeyColumn, ref value);
        var key = Interop.GObject.ValueGetInt(ref value);
        Interop.GObject.ValueUnset(ref value);
        return key >= 0 ? key : null;
    }

    private static void Number(ref Interop.GValue value, int number)
    {
        Interop.GObject.ValueInit(ref value, Interop.GObject.G_TYPE_INT);
        Interop.GObject.ValueSetInt(ref value, number);
    }

    private static void Text(ref Interop.GValue value, string? text)
    {
        Interop.GObject.ValueInit(ref value, Interop.GObject.G_TYPE_STRING);
        Interop.GObject.ValueSetString(ref value, text);
    }
}
