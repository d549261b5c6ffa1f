using UpdateStation.Gtk.Content;

namespace UpdateStation.Gtk;

internal sealed partial class UpdateWindow
{
    /// <summary>The header, catalogue line, details pane, sizes and buttons around the list, in pixels.</summary>
    private const int Chrome = 260 + DetailsHeight;

    private readonly WindowSizeFile _sizeFile = WindowSizeFile.ForUser();
    private (int Width, int Height)? _remembered;
    private (int Width, int Height) _asked;
    private (int Width, int Height) _current;
    private bool _loaded;

    /// <summary>
    /// Opens at the size the user gave the window last (kept within the screen), else as big as the list's columns and
    /// <paramref name="rows"/> rows need, within 90% of the work area. Once the user resized it, content no longer resizes it.
    /// </summary>
    private void SizeToContent(int rows)
    {
        var (workWidth, workHeight) = WorkArea();
        if (!_loaded)
        {
            _loaded = true;
            _remembered = WindowSizing.Within(_sizeFile.Load(), workWidth, workHeight);
        }

        if (UserResized)
        {
            return;
        }

        var size = _remembered ?? WindowSizing.Fit(_columnsWidth, rows, RowHeight(), Chrome, workWidth, workHeight);
        _asked = size;
        if (_mapped)
        {
            Interop.Gtk.WindowResize(_window, size.Width, size.Height);
        }
        else
        {
            Interop.Gtk.WindowSetDefaultSize(_window, size.Width, size.Height);
        }
    }

    /// <summary>The size now differs from the one we asked for: the user (or their window manager) chose it.</summary>
    private bool UserResized => _mapped && _current != default && _current != _asked;

    /// <summary>configure-event: notes the window's size as it is now.</summary>
    private bool NoteSize()
    {
        Interop.Gtk.WindowGetSize(_window, out var width, out var height);
        _current = (width, height);
        return false;
    }

    /// <summary>On close: keeps a size the user gave (atomically, in the user's state directory), never one we chose.</summary>
    private void RememberSize()
    {
        if (UserResized)
        {
            _ = _sizeFile.Save(_current.Width, _current.Height);
        }
    }

    private static (int Width, int Height) WorkArea()
    {
        var display = Interop.Gdk.DisplayGetDefault();
        var monitor = display == IntPtr.Zero ? IntPtr.Zero : Interop.Gdk.DisplayGetPrimaryMonitor(display);
        if (monitor == IntPtr.Zero && display != IntPtr.Zero)
        {
            monitor = Interop.Gdk.DisplayGetMonitor(display, 0);
        }

        if (monitor == IntPtr.Zero)
        {
            return (1024, 768);
        }

        Interop.Gdk.MonitorGetWorkarea(monitor, out var area);
        return (area.Width, area.Height);
    }

    private int RowHeight()
    {
        using var layout = SafeGObjectHandle.Adopt(Interop.Gtk.WidgetCreatePangoLayout(_list, "Ag"));
        Interop.Pango.LayoutGetPixelSize(layout, out _, out var height);
        return height + 8;
    }
}
