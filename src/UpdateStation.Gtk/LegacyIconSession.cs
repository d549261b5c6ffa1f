using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

/// <summary>
/// The tray icon for panels without a StatusNotifierItem host: a GtkStatusIcon (XEmbed) in a process of its own,
/// single-instance by the instance's protocol (legacy-icon.lock, legacy-icon.json), showing the instance's published
/// state, with the menu the StatusNotifierItem has.
/// </summary>
/// <remarks>It lives only while the instance does: when the instance is gone, so is the icon.</remarks>
public sealed class LegacyIconSession : IDisposable
{
    public const string ProcessName = "legacy-icon";

    private readonly RuntimeDirectory _directory;
    private readonly GtkMainLoop _loop = new();
    private readonly InstanceHost _host;
    private SafeGObjectHandle? _icon;
    private SafeGObjectHandle? _menu;
    private List<SafeGObjectHandle> _items = [];
    private PublishedStateWatcher? _watcher;
    private bool _instanceGone;

    /// <summary>Registers SIGUSR1 (an activation re-reads the published state), then the stop signals.</summary>
    public LegacyIconSession(RuntimeDirectory directory)
    {
        _directory = directory;
        _host = GtkProcess.Host(directory, ProcessName, _loop, Reload);
    }

    /// <summary>Takes legacy-icon.lock (legacy-icon.json waits until the icon is up); false when another legacy icon holds it.</summary>
    public bool TryTakeLock() => _host.TryStart().Result == StartResult.Started;

    /// <summary>Shows the icon and runs GTK's loop until the instance goes or a signal stops it.</summary>
    /// <returns>False when no instance runs (there is nothing to show).</returns>
    /// <exception cref="DisplayUnavailableException">There is no display to open.</exception>
    public bool Run()
    {
        if (InstanceLocator.Find(_directory.Instance) is null)
        {
            return false;
        }

        GtkProcess.OpenDisplay(_host, UpdateWindow.Title, "the tray icon");
        _icon = SafeGObjectHandle.Adopt(Interop.Gtk.StatusIconNewFromIconName(TrayIconContent.Available));
        Interop.Gtk.StatusIconSetName(_icon, "update-station");
        Interop.Gtk.StatusIconSetTitle(_icon, UpdateWindow.Title);
        _menu = BuildMenu();
        GLibCallbacks.Connect(_icon, "activate", ShowUpdates);
        GLibCallbacks.ConnectPopupMenu(_icon, () => Interop.Gtk.MenuPopupAtPointer(_menu, IntPtr.Zero));
        _watcher = new PublishedStateWatcher(_directory, _loop, Reload);
        Reload();
        _host.Publish();
        _loop.Run();
        return true;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _host.Dispose();
        foreach (var item in _items)
        {
            item.Dispose();
        }

        _menu?.Dispose();
        _icon?.Dispose();
    }

    private SafeGObjectHandle BuildMenu()
    {
        var menu = SafeGObjectHandle.Own(Interop.Gtk.MenuNew());
        _items =
        [
            Item("_Show Updates", ShowUpdates),
            Item("_Check for Updates", CheckForUpdates),
            SafeGObjectHandle.Own(Interop.Gtk.SeparatorMenuItemNew()),
            Item("_Quit", QuitInstance),
        ];
        foreach (var item in _items)
        {
            Interop.Gtk.MenuShellAppend(menu, item);
        }

        Interop.Gtk.WidgetShowAll(menu);
        return menu;
    }

    private static SafeGObjectHandle Item(string label, Action activated)
    {
        var item = SafeGObjectHandle.Own(Interop.Gtk.MenuItemNewWithMnemonic(label));
        GLibCallbacks.Connect(item, "activate", activated);
        return item;
    }

    private void Reload()
    {
        var state = PublishedStateReader.Read(_directory);
        if (state.Instance is null)
        {
            // The instance stopped (or was told to): the icon has nothing left to show.
            _instanceGone = true;
            _loop.Quit();
            return;
        }

        if (_icon is null || _instanceGone)
        {
            return;
        }

        var content = TrayIconContent.Compose(state, DateTimeOffset.Now);
        Interop.Gtk.StatusIconSetFromIconName(_icon, content.IconName);
        Interop.Gtk.StatusIconSetTooltipText(_icon, content.Tooltip);
        Interop.Gtk.StatusIconSetVisible(_icon, content.Visible ? 1 : 0);
    }

    private void ShowUpdates() => Report(OwnCommand.Start("window"));

    private void CheckForUpdates() => Task.Run(() => Report(CheckRequest.Send(_directory)));

    /// <summary>Quit stops the instance cleanly (SIGTERM to the verified instance); the icon follows it.</summary>
    private void QuitInstance()
    {
        if (InstanceLocator.Find(_directory.Instance) is not { } instance)
        {
            return;
        }

        using var process = PidHandle.Open(instance.Pid);
        if (process is not null && InstanceLocator.IsGenuine(instance, _directory.Instance))
        {
            process.TrySend(Signal.SIGTERM);
        }
    }

    private static void Report(string? problem)
    {
        if (problem is not null)
        {
            Console.Error.WriteLine($"update-station: {problem}");
        }
    }
}
