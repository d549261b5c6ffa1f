namespace UpdateStation.Gtk;

/// <summary>The window's pages in one box, exactly one shown at a time: the list, Up to date, the install's progress (and any page added later).</summary>
/// <remarks>
/// Hidden pages are hidden widgets, not a GtkStack's unmapped children, so a screen reader never reads a page that is
/// not on screen. A new page plugs in with <see cref="Add"/> and is shown with <see cref="Show"/>.
/// </remarks>
internal sealed class WindowPages : IDisposable
{
    private readonly Dictionary<string, SafeGObjectHandle> _pages = new(StringComparer.Ordinal);

    public const string List = "list";
    public const string UpToDate = "up-to-date";
    public const string Install = "install";

    public SafeGObjectHandle Root { get; } = Widgets.Box(Interop.Gtk.GtkOrientation.GTK_ORIENTATION_VERTICAL, 0);

    /// <summary>The page shown now.</summary>
    public string Current { get; private set; } = List;

    /// <summary>Adds <paramref name="page"/> (hidden until shown); the window keeps its own reference.</summary>
    public void Add(string name, SafeGObjectHandle page)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _pages.Add(name, page);
        Interop.Gtk.BoxPackStart(Root, page, 1, 1, 0);
        Interop.Gtk.WidgetSetNoShowAll(page, 1);
        Widgets.SetVisible(page, name == Current);
    }

    /// <summary>Shows the page called <paramref name="name"/> (with all its parts that are not hidden on their own) and hides the others.</summary>
    public void Show(string name)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Current = name;
        foreach (var (pageName, page) in _pages)
        {
            if (pageName == name)
            {
                Interop.Gtk.WidgetSetNoShowAll(page, 0);
                Interop.Gtk.WidgetShowAll(page); // Its optional parts stay hidden: they are no-show-all themselves.
                Interop.Gtk.WidgetSetNoShowAll(page, 1);
            }
            else
            {
                Widgets.SetVisible(page, false);
            }
        }
    }

    public void Dispose() => Root.Dispose();
}
