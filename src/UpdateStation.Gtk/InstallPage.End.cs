using UpdateStation.Gtk.Content;
using UpdateStation.Upgrade;
using static UpdateStation.Gtk.Interop.Gtk.GtkOrientation;

namespace UpdateStation.Gtk;

internal sealed partial class InstallPage
{
    /// <summary>The end of a run that installed the updates: what changed, the restart advice, and Close (or Restart Now / Later).</summary>
    public void Succeeded(bool restartNeeded, string? bootEnvironment)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetText(_title, HelperMessages.Installed);
        EndProgress();
        Interop.Gtk.ProgressBarSetFraction(_bar, 1);
        List<string> detail = _plan is null ? [] : [.. InstallSummary.Of(_plan)];
        if (restartNeeded)
        {
            detail.Add(HelperMessages.RestartNeeded);
        }

        if (!string.IsNullOrEmpty(bootEnvironment))
        {
            detail.Add(HelperMessages.BootEnvironment(DisplayText.Escape(bootEnvironment)));
        }

        Show(_detail, string.Join("\n", detail));
        Widgets.SetVisible(_restartNow, restartNeeded);
        Widgets.SetVisible(_later, restartNeeded);
        Widgets.SetVisible(_close, !restartNeeded);
        Interop.Gtk.WidgetGrabFocus(restartNeeded ? _later : _close);
    }

    /// <summary>The end of a run that failed: what failed, the log's path in the log (shown), `Show Log`, Back and Close.</summary>
    public void Failed(string message, string? logPath)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetText(_title, InstallStatus.NotInstalled);
        EndProgress();
        // The log is named once: the helper's words name it already when it wrote one.
        var named = string.IsNullOrEmpty(logPath) || message.Contains(DisplayText.Escape(logPath), StringComparison.Ordinal);
        Show(_detail, named ? message : $"{message}\n{InstallStatus.LogAt(logPath!)}");
        if (!string.IsNullOrEmpty(logPath))
        {
            Append(InstallStatus.LogAt(logPath));
            Interop.Gtk.ExpanderSetExpanded(_expander, 1);
        }

        Widgets.SetVisible(_showLog, true);
        Widgets.SetVisible(_back, true);
        Widgets.SetVisible(_close, true);
    }

    /// <summary>The elevation was refused (no polkit agent, or no rule): why, what to do, and Try Again that runs <paramref name="retry"/>.</summary>
    public void Refused(string message, Action retry)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Interop.Gtk.LabelSetText(_title, InstallStatus.NotInstalled);
        EndProgress();
        _retry = retry;
        Show(_detail, $"{message}\n{InstallStatus.NoAgentRemedy}");
        Widgets.SetVisible(_tryAgain, true);
        Widgets.SetVisible(_back, true);
        Interop.Gtk.WidgetGrabFocus(_tryAgain);
    }

    /// <summary>Restart Now could not restart: why, on the page.</summary>
    public void RestartFailed(string message)
    {
        Debug.Assert(GtkThread.IsCurrent);
        Show(_detail, message);
    }

    private void EndProgress()
    {
        Interop.Gtk.LabelSetText(_status, "");
        Show(_counts, "");
        Show(_timeLeft, "");
        Show(_download, "");
    }

    private SafeGObjectHandle Layout()
    {
        var page = Widgets.Box(GTK_ORIENTATION_VERTICAL, 8);
        var scroller = Widgets.Scroller(_log);
        var buttons = Widgets.Box(GTK_ORIENTATION_HORIZONTAL, 8);
        using (scroller)
        using (buttons)
        {
            Widgets.Emphasize(_title);
            Interop.Gtk.LabelSetSelectable(_detail, 1);
            Interop.Gtk.ProgressBarSetShowText(_bar, 1);
            Widgets.SetAccessibleName(_bar, Catalog.T("Progress"));
            Widgets.ReadOnlyText(_log);
            Interop.Gtk.TextViewSetWrapMode(_log, Interop.Gtk.GtkWrapMode.GTK_WRAP_WORD_CHAR);
            Widgets.SetAccessibleName(_log, Catalog.T("Log"));
            Interop.Gtk.WidgetSetSizeRequest(scroller, -1, 200);
            Interop.Gtk.ContainerAdd(_expander, scroller);

            foreach (var part in new[] { _title, _status, _counts, _download, _timeLeft, _bar, _detail })
            {
                Interop.Gtk.BoxPackStart(page, part, 0, 0, 0);
            }

            Interop.Gtk.BoxPackStart(page, _expander, 1, 1, 0);
            Interop.Gtk.BoxPackEnd(buttons, _close, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _back, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _later, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _restartNow, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(buttons, _tryAgain, 0, 0, 0);
            Interop.Gtk.BoxPackStart(buttons, _showLog, 0, 0, 0);
            Interop.Gtk.BoxPackEnd(page, buttons, 0, 0, 0);
        }

        foreach (var optional in Lines.Concat(Buttons))
        {
            Interop.Gtk.WidgetSetNoShowAll(optional, 1);
        }

        return page;
    }
}
