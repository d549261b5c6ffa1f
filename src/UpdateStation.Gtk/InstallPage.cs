using UpdateStation.Gtk.Content;
using UpdateStation.Upgrade;
using UpdateStation.Upgrade.Events;
using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

/// <summary>
/// The window's progress page while updates install: a title, the current step and package, an overall bar, a
/// collapsible log of the helper's lines (plain text, read-only), and the buttons for the end.
/// </summary>
/// <remarks>Every member runs on the GTK thread; the helper's events reach it through the main loop.</remarks>
internal sealed unsafe class InstallPage : IDisposable
{
    private readonly SafeGObjectHandle _title = Widgets.Label();
    private readonly SafeGObjectHandle _status = Widgets.Label();
    private readonly SafeGObjectHandle _bar = SafeGObjectHandle.Own(Interop.Gtk.ProgressBarNew());
    private readonly SafeGObjectHandle _detail = Widgets.Label();
    private readonly SafeGObjectHandle _expander = SafeGObjectHandle.Own(Interop.Gtk.ExpanderNewWithMnemonic(Catalog.T("_Details")));
    private readonly SafeGObjectHandle _log = SafeGObjectHandle.Own(Interop.Gtk.TextViewNew());
    private readonly SafeGObjectHandle _restartNow;
    private readonly SafeGObjectHandle _later;
    private readonly SafeGObjectHandle _showLog;
    private readonly SafeGObjectHandle _back;
    private readonly IntPtr _buffer;
    private readonly IntPtr _end;
    private string? _step;

    public InstallPage(Action restartNow, Action back)
    {
        Debug.Assert(GtkThread.IsCurrent);
        _restartNow = Widgets.Button(Catalog.T("_Restart Now"), restartNow);
        _later = Widgets.Button(Catalog.T("_Later"), back);
        _showLog = Widgets.Button(Catalog.T("Show _Log"), () => Interop.Gtk.ExpanderSetExpanded(_expander, 1));
        _back = Widgets.Button(Catalog.T("_Back to the List"), back);
        _buffer = Interop.Gtk.TextViewGetBuffer(_log);
        var iter = stackalloc byte[Interop.Gtk.TextIterSize];
        Interop.Gtk.TextBufferGetEndIter(_buffer, iter);
        _end = Interop.Gtk.TextBufferCreateMark(_buffer, null, iter, 0);
        Root = Layout();
    }

    /// <summary>The page's box; the window shows it or the list.</summary>
    public SafeGObjectHandle Root { get; }

    /// <summary>A new run: nothing shown from the last one.</summary>
    public void Begin()
    {
        Debug.Assert(GtkThread.IsCurrent);
        _step = null;
        Interop.Gtk.LabelSetText(_title, InstallStatus.Installing);
        Interop.Gtk.LabelSetText(_status, InstallStatus.Authenticating);
        Interop.Gtk.ProgressBarSetFraction(_bar, 0);
        Interop.Gtk.TextBufferSetText(_buffer, "", 0);
        Interop.Gtk.ExpanderSetExpanded(_expander, 0);
        Interop.Gtk.LabelSetText(_detail, "");
        foreach (var widget in new[] { _detail, _restartNow, _later, _showLog, _back })
        {
            Widgets.SetVisible(widget, false);
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

    /// <summary>The end of a run that installed the updates.</summary>
    public void Succeeded(bool restartNeeded, string? bootEnvironment)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetText(_title, HelperMessages.Installed);
        Interop.Gtk.LabelSetText(_status, "");
        Interop.Gtk.ProgressBarSetFraction(_bar, 1);
        List<string> detail = [];
        if (restartNeeded)
        {
            detail.Add(HelperMessages.RestartNeeded);
        }

        if (!string.IsNullOrEmpty(bootEnvironment))
        {
            detail.Add(HelperMessages.BootEnvironment(DisplayText.Escape(bootEnvironment)));
        }

        ShowDetail(string.Join("\n", detail));
        Widgets.SetVisible(_restartNow, restartNeeded);
        Widgets.SetVisible(_later, restartNeeded);
        Widgets.SetVisible(_back, !restartNeeded);
    }

    /// <summary>The end of a run that failed: the message, the log's path in the log view, and `Show Log`.</summary>
    public void Failed(string message, string? logPath)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetText(_title, InstallStatus.NotInstalled);
        Interop.Gtk.LabelSetText(_status, "");
        ShowDetail(message);
        if (!string.IsNullOrEmpty(logPath))
        {
            Append(Catalog.T("The whole log is {0}.", logPath));
        }

        Widgets.SetVisible(_showLog, true);
        Widgets.SetVisible(_back, true);
    }

    /// <summary>Restart Now could not restart: why, on the page.</summary>
    public void RestartFailed(string message)
    {
        Debug.Assert(GtkThread.IsCurrent);
        ShowDetail(message);
    }

    public void Dispose()
    {
        Debug.Assert(GtkThread.IsCurrent);
        foreach (var widget in new[] { _title, _status, _bar, _detail, _expander, _log, _restartNow, _later, _showLog, _back, Root })
        {
            widget.Dispose();
        }
    }

    private void ShowDetail(string text)
    {
        Interop.Gtk.LabelSetText(_detail, text);
        Widgets.SetVisible(_detail, text.Length > 0);
    }

    /// <summary>One line at the end of the log: the helper's and the package manager's words, escaped (<see cref="DisplayText"/>).</summary>
    private void Append(string line)
    {
        var iter = stackalloc byte[Interop.Gtk.TextIterSize];
        Interop.Gtk.TextBufferGetEndIter(_buffer, iter);
        Interop.Gtk.TextBufferInsert(_buffer, iter, DisplayText.Escape(line) + "\n", -1);
        Interop.Gtk.TextViewScrollToMark(_log, _end, 0, 0, 0, 1);
    }

    private SafeGObjectHandle Layout()
    {
        var page = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
        var scroller = SafeGObjectHandle.Own(Interop.Gtk.ScrolledWindowNew(IntPtr.Zero, IntPtr.Zero));
        var buttons = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 8);
        using (scroller)
        using (buttons)
        {
            Widgets.Emphasize(_title);
            Interop.Gtk.ProgressBarSetShowText(_bar, 1);
            Widgets.SetAccessibleName(_bar, Catalog.T("Progress"));
            Interop.Gtk.TextViewSetEditable(_log, 0);
            Interop.Gtk.TextViewSetCursorVisible(_log, 0);
            Interop.Gtk.TextViewSetMonospace(_log, 1);
            Interop.Gtk.TextViewSetWrapMode(_log, Interop.Gtk.GtkWrapMode.GTK_WRAP_WORD_CHAR);
            Widgets.SetAccessibleName(_log, Catalog.T("Log"));
            Interop.Gtk.ScrolledWindowSetPolicy(scroller, Interop.Gtk.GtkPolicyType.GTK_POLICY_AUTOMATIC, Interop.Gtk.GtkPolicyType.GTK_POLICY_AUTOMATIC);
            Interop.Gtk.ScrolledWindowSetShadowType(scroller, Interop.Gtk.GtkShadowType.GTK_SHADOW_IN);
            Interop.Gtk.WidgetSetSizeRequest(scroller, -1, 200);
            Interop.Gtk.ContainerAdd(scroller, _log);
            Interop.Gtk.ContainerAdd(_expander, scroller);

            Interop.Gtk.BoxPackStart(page, _title, 0, 0, 0);
            Interop.Gtk.BoxPackStart(page, _status, 0, 0, 0);
            Interop.Gtk.BoxPackStart(page, _bar, 0, 0, 0);
            Interop.Gtk.BoxPackStart(page, _detail, 0, 0, 0);
            Interop.Gtk.BoxPackStart(page, _expander, 1, 1, 0);
            Interop.Gtk.BoxPackEnd(buttons, _back, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _later, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _restartNow, 0, 0, 0);
            Interop.Gtk.BoxPackStart(buttons, _showLog, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(page, buttons, 0, 0, 0);
        }

        foreach (var optional in new[] { _detail, _restartNow, _later, _showLog, _back })
        {
            Interop.Gtk.WidgetSetNoShowAll(optional, 1);
        }

        return page;
    }
}
