using UpdateStation.Gtk.Content;
using UpdateStation.Upgrade.Events;
using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

/// <summary>
/// The window's progress page while updates install: a title, the current step and package, n of m packages, the
/// download's bytes and speed, the time left, an overall bar, a collapsible log of the helper's lines (plain text,
/// read-only), and at the end what changed, the restart advice and the buttons.
/// </summary>
/// <remarks>Every member runs on the GTK thread; the helper's events reach it through the main loop.</remarks>
internal sealed unsafe partial class InstallPage : IDisposable
{
    private readonly SafeGObjectHandle _title = Widgets.Label();
    private readonly SafeGObjectHandle _status = Widgets.Label();
    private readonly SafeGObjectHandle _counts = Widgets.Label();
    private readonly SafeGObjectHandle _download = Widgets.Label();
    private readonly SafeGObjectHandle _timeLeft = Widgets.Label();
    private readonly SafeGObjectHandle _bar = SafeGObjectHandle.Own(Interop.Gtk.ProgressBarNew());
    private readonly SafeGObjectHandle _detail = Widgets.Label();
    private readonly SafeGObjectHandle _expander = SafeGObjectHandle.Own(Interop.Gtk.ExpanderNewWithMnemonic(Catalog.T("_Details")));
    private readonly SafeGObjectHandle _log = SafeGObjectHandle.Own(Interop.Gtk.TextViewNew());
    private readonly SafeGObjectHandle _restartNow;
    private readonly SafeGObjectHandle _later;
    private readonly SafeGObjectHandle _showLog;
    private readonly SafeGObjectHandle _tryAgain;
    private readonly SafeGObjectHandle _back;
    private readonly SafeGObjectHandle _close;
    private readonly IntPtr _buffer;
    private readonly IntPtr _end;
    private string? _step;
    private InstallProgress _progress = new(0, null);
    private UpdatePlan? _plan;
    private Action? _retry;

    public InstallPage(Action restartNow, Action back, Action close)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _restartNow = Widgets.Button(Catalog.T("_Restart Now"), restartNow);
        _later = Widgets.Button(Catalog.T("_Later"), back);
        _showLog = Widgets.Button(Catalog.T("Show _Log"), () => Interop.Gtk.ExpanderSetExpanded(_expander, 1));
        _tryAgain = Widgets.Button(Catalog.T("_Try Again"), () => _retry?.Invoke());
        _back = Widgets.Button(Catalog.T("_Back to the List"), back);
        _close = Widgets.Button(Catalog.T("_Close"), close);
        _buffer = Interop.Gtk.TextViewGetBuffer(_log);
        var iter = stackalloc byte[Interop.Gtk.TextIterSize];
        Interop.Gtk.TextBufferGetEndIter(_buffer, iter);
        _end = Interop.Gtk.TextBufferCreateMark(_buffer, null, iter, 0);
        Root = Layout();
    }

    /// <summary>The page's box; the window shows it or another page.</summary>
    public SafeGObjectHandle Root { get; }

    private SafeGObjectHandle[] Lines => [_counts, _download, _timeLeft, _detail];

    private SafeGObjectHandle[] Buttons => [_restartNow, _later, _showLog, _tryAgain, _back, _close];

    /// <summary>A new run of <paramref name="plan"/> (its packages and download size give n of m and the bytes): nothing shown from the last one.</summary>
    public void Begin(UpdatePlan? plan)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _step = null;
        _plan = plan;
        _progress = new InstallProgress(plan?.Updates.Count ?? 0, plan?.DownloadBytes ?? PlannedDownload(plan));
        Interop.Gtk.LabelSetText(_title, InstallStatus.Installing);
        Interop.Gtk.LabelSetText(_status, InstallStatus.Authenticating);
        Interop.Gtk.ProgressBarSetFraction(_bar, 0);
        Interop.Gtk.TextBufferSetText(_buffer, "", 0);
        Interop.Gtk.ExpanderSetExpanded(_expander, 0);
        foreach (var line in Lines)
        {
            Show(line, "");
        }

        foreach (var button in Buttons)
        {
            Widgets.SetVisible(button, false);
        }
    }

    /// <summary>Shows one of the helper's events.</summary>
    public void Apply(UpgradeEvent upgradeEvent)
    {
        Debug.Assert(GtkThread.IsCurrent);
        ArgumentNullException.ThrowIfNull(upgradeEvent);
        switch (upgradeEvent.Event)
        {
            case UpgradeEventNames.EventStep:
                _step = upgradeEvent.Step;
                Interop.Gtk.LabelSetText(_status, InstallStatus.Line(_step, null));
                break;
            case UpgradeEventNames.EventProgress:
                Interop.Gtk.LabelSetText(_status, InstallStatus.Line(_step, upgradeEvent.Package));
                if (upgradeEvent.Percent is { } percent)
                {
                    Interop.Gtk.ProgressBarSetFraction(_bar, Math.Clamp(percent / 100, 0, 1));
                }

                _progress.Apply(upgradeEvent, _step, DateTimeOffset.UtcNow);
                Show(_counts, _progress.Packages);
                Show(_download, _progress.Download);
                Show(_timeLeft, _progress.TimeLeft);
                break;
            case UpgradeEventNames.EventWaitingForLock:
                Interop.Gtk.LabelSetText(_status, InstallStatus.WaitingForLock);
                if (upgradeEvent.Holder is { } holder)
                {
                    Append(upgradeEvent.Pid is { } pid ? $"{holder} (pid {pid})" : holder); // The log never translates.
                }

                break;
            case UpgradeEventNames.EventLog when upgradeEvent.Line is { } line:
                Append(line);
                break;
        }
    }

    public void Dispose()
    {
        Debug.Assert(GtkThread.IsCurrent);
        foreach (var widget in Lines.Concat(Buttons).Concat([_title, _status, _bar, _expander, _log, Root]))
        {
            widget.Dispose();
        }
    }

    /// <summary>The plan's download as the sum of its changes' sizes, when each says (null otherwise).</summary>
    private static long? PlannedDownload(UpdatePlan? plan) =>
        plan is not null && plan.Updates.Where(c => c.Action != ChangeAction.Remove).All(c => c.DownloadBytes is not null)
            ? plan.Updates.Where(c => c.Action != ChangeAction.Remove).Sum(c => c.DownloadBytes ?? 0)
            : null;

    private static void Show(SafeGObjectHandle label, string text)
    {
        Interop.Gtk.LabelSetText(label, text);
        Widgets.SetVisible(label, text.Length > 0);
    }

    /// <summary>One line at the end of the log: the helper's and the package manager's words, escaped (<see cref="DisplayText"/>).</summary>
    private void Append(string line)
    {
        var iter = stackalloc byte[Interop.Gtk.TextIterSize];
        Interop.Gtk.TextBufferGetEndIter(_buffer, iter);
        Interop.Gtk.TextBufferInsert(_buffer, iter, DisplayText.Escape(line) + "\n", -1);
        Interop.Gtk.TextViewScrollToMark(_log, _end, 0, 0, 0, 1);
    }
}
