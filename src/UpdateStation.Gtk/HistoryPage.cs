using System.Text;
using UpdateStation.Upgrade.History;
using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

/// <summary>
/// The window's History page: past upgrades from the run log (<see cref="RunHistoryParser"/>), newest first, as
/// `update-station history` prints them, automatic runs with the others; and Back.
/// </summary>
/// <remarks>
/// Every member runs on the GTK thread; the log (megabytes, rotated) is read on a pool thread and the text posted back.
/// The text is escaped (<see cref="DisplayText"/>) and inserted as text, never markup.
/// </remarks>
internal sealed class HistoryPage : IDisposable
{
    private readonly SafeGObjectHandle _title = Widgets.Label(Catalog.T("History"));
    private readonly SafeGObjectHandle _text = SafeGObjectHandle.Own(Interop.Gtk.TextViewNew());
    private readonly SafeGObjectHandle _back;
    private readonly IntPtr _buffer;
    private readonly string _logPath;

    public HistoryPage(Action back, string logPath)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _logPath = logPath;
        _back = Widgets.Button(Catalog.T("_Back to the List"), back);
        _buffer = Interop.Gtk.TextViewGetBuffer(_text);
        Root = Layout();
    }

    /// <summary>The page's box; the window shows it or the list.</summary>
    public SafeGObjectHandle Root { get; }

    /// <summary>Reads the log again and shows what it holds.</summary>
    public void Reload()
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.TextBufferSetText(_buffer, Catalog.T("Reading the run log…"), -1);
        var path = _logPath;
        _ = Task.Run(() =>
        {
            var text = Describe(path);
            GLibCallbacks.Idle(() =>
            {
                if (!_text.IsClosed)
                {
                    Interop.Gtk.TextBufferSetText(_buffer, text, -1);
                }
            });
        });
    }

    /// <summary>The page's text for the log at <paramref name="path"/> (pure but for the read).</summary>
    public static string Describe(string path)
    {
        var runs = RunLogFile.Read(path, out var problem).Reverse().ToList();
        if (problem is not null)
        {
            return DisplayText.Escape(Catalog.T("Cannot read the run log {0}: {1}", path, problem));
        }

        if (runs.Count == 0)
        {
            return DisplayText.Escape(Catalog.T("No upgrade has run yet (the run log is {0}).", path));
        }

        var text = new StringBuilder();
        foreach (var run in runs)
        {
            text.Append(DisplayText.Escape(PastRunText.Heading(run))).Append('\n');
            foreach (var change in run.Changes)
            {
                text.Append("    ").Append(DisplayText.Escape(PastRunText.Line(change))).Append('\n');
            }
        }

        return text.ToString();
    }

    public void Dispose()
    {
        Debug.Assert(GtkThread.IsCurrent);
        foreach (var widget in new[] { _title, _text, _back, Root })
        {
            widget.Dispose();
        }
    }

    private SafeGObjectHandle Layout()
    {
        var page = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
        var scroller = Widgets.Scroller(_text);
        var buttons = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 8);
        using (scroller)
        using (buttons)
        {
            Widgets.Emphasize(_title);
            Widgets.ReadOnlyText(_text);
            Widgets.SetAccessibleName(_text, Catalog.T("Past upgrades"));
            Interop.Gtk.BoxPackStart(page, _title, 0, 0, 0);
            Interop.Gtk.BoxPackStart(page, scroller, 1, 1, 0);
            Interop.Gtk.BoxPackEnd(buttons, _back, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(page, buttons, 0, 0, 0);
        }

        return page;
    }
}
