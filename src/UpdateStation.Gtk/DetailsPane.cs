using UpdateStation.Gtk.Content;
using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

/// <summary>
/// The details of the selected update, below the list: name, versions, summary, security (and its advisory), why it is
/// in the plan, sizes, repository, homepage, description, and its changelog.
/// </summary>
/// <remarks>Every text goes in as text (never markup); labels a screen reader reads by their text. Every member runs on the GTK thread.</remarks>
internal sealed class DetailsPane : IDisposable
{
    private readonly SafeGObjectHandle _title = Widgets.Label();
    private readonly SafeGObjectHandle _versions = Widgets.Label();
    private readonly SafeGObjectHandle _summary = Widgets.Label();
    private readonly SafeGObjectHandle _security = Widgets.Label();
    private readonly SafeGObjectHandle _reason = Widgets.Label();
    private readonly SafeGObjectHandle _sizes = Widgets.Label();
    private readonly SafeGObjectHandle _repository = Widgets.Label();
    private readonly SafeGObjectHandle _homepage = Widgets.Label();
    private readonly SafeGObjectHandle _description = Widgets.Label();
    private readonly SafeGObjectHandle _changelogTitle = Widgets.Label(Catalog.T("Changelog"));
    private readonly SafeGObjectHandle _changelog = SafeGObjectHandle.Own(Interop.Gtk.TextViewNew());
    private readonly IntPtr _changelogBuffer;
    private readonly SafeGObjectHandle _box = Widgets.Box(GTK_ORIENTATION_VERTICAL, 4);

    public DetailsPane()
    {
        Debug.Assert(GtkThread.IsCurrent);
        _changelogBuffer = Interop.Gtk.TextViewGetBuffer(_changelog);
        Root = SafeGObjectHandle.Own(Interop.Gtk.ScrolledWindowNew(IntPtr.Zero, IntPtr.Zero));
        Interop.Gtk.ScrolledWindowSetPolicy(Root, Interop.Gtk.GtkPolicyType.GTK_POLICY_NEVER, Interop.Gtk.GtkPolicyType.GTK_POLICY_AUTOMATIC);
        Interop.Gtk.ScrolledWindowSetShadowType(Root, Interop.Gtk.GtkShadowType.GTK_SHADOW_IN);
        Interop.Gtk.WidgetSetCanFocus(Root, 0); // Tab stops at what it holds (the name once a row is selected), not at the pane.
        Interop.Gtk.ContainerSetBorderWidth(_box, 8);
        Widgets.Emphasize(_title);
        Widgets.Bold(_summary);
        Widgets.Bold(_security);
        Widgets.Bold(_changelogTitle);
        Interop.Gtk.LabelSetSelectable(_homepage, 1);
        Widgets.ReadOnlyText(_changelog);
        Interop.Gtk.TextViewSetWrapMode(_changelog, Interop.Gtk.GtkWrapMode.GTK_WRAP_WORD_CHAR);
        Widgets.SetAccessibleName(_changelog, Catalog.T("Changelog"));
        foreach (var part in Parts)
        {
            Interop.Gtk.BoxPackStart(_box, part, 0, 0, 0);
            Interop.Gtk.WidgetSetNoShowAll(part, 1);
        }

        Interop.Gtk.BoxPackStart(_box, _changelogTitle, 0, 0, 4);
        Interop.Gtk.BoxPackStart(_box, _changelog, 1, 1, 0);
        Interop.Gtk.WidgetSetNoShowAll(_changelogTitle, 1);
        Interop.Gtk.WidgetSetNoShowAll(_changelog, 1);
        Interop.Gtk.ContainerAdd(Root, _box);
        Widgets.SetAccessibleName(Root, Catalog.T("Details"));
        ShowNothing();
    }

    /// <summary>The pane's scrolled window.</summary>
    public SafeGObjectHandle Root { get; }

    private SafeGObjectHandle[] Parts => [_title, _versions, _summary, _security, _reason, _sizes, _repository, _homepage, _description];

    /// <summary>No row is selected (or a group's row is): a hint where the details come from.</summary>
    public void ShowNothing()
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetSelectable(_title, 0); // No stop for Tab while there is nothing to read.
        Show(_title, Catalog.T("Select an update to see its details."));
        foreach (var part in Parts.Skip(1))
        {
            Show(part, "");
        }

        ShowChangelog(null);
    }

    public void Show(PackageDetails details)
    {
        Debug.Assert(GtkThread.IsCurrent);
        ArgumentNullException.ThrowIfNull(details);
        Interop.Gtk.LabelSetSelectable(_title, 1); // Focusable: Enter on a row brings a screen reader here.
        string[] texts = [details.Title, details.Versions, details.Summary, details.Security, details.Reason, details.Sizes, details.Repository, details.Homepage, details.Description];
        foreach (var (part, text) in Parts.Zip(texts))
        {
            Show(part, text);
        }
    }

    /// <summary>The changelog's text ("Loading changelog…", the entries, or why there are none); null hides it.</summary>
    public void ShowChangelog(string? text)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.TextBufferSetText(_changelogBuffer, text ?? "", -1);
        Widgets.SetVisible(_changelogTitle, text is not null);
        Widgets.SetVisible(_changelog, text is not null);
    }

    /// <summary>Moves the keyboard focus to the package's name (Enter or a double click on its row).</summary>
    public void Focus()
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.WidgetGrabFocus(_title);
    }

    public void Dispose()
    {
        Debug.Assert(GtkThread.IsCurrent);
        foreach (var widget in Parts.Concat([_changelogTitle, _changelog, _box, Root]))
        {
            widget.Dispose();
        }
    }

    private static void Show(SafeGObjectHandle label, string text)
    {
        Interop.Gtk.LabelSetText(label, text);
        Widgets.SetVisible(label, text.Length > 0);
    }
}
