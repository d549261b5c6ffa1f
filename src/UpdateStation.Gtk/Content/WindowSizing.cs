using System.Globalization;

namespace UpdateStation.Gtk.Content;

/// <summary>How big the window opens: as its content needs, within the screen's work area; or the size the user gave it last.</summary>
public static class WindowSizing
{
    /// <summary>The smallest size worth opening at (the list's header and buttons, a few rows).</summary>
    public const int MinWidth = 560;
    public const int MinHeight = 420;

    /// <summary>The share of the work area the window may take on its own.</summary>
    public const double ScreenShare = 0.9;

    /// <summary>
    /// The size for a list whose columns take <paramref name="columnsWidth"/> pixels and which has
    /// <paramref name="rows"/> rows of <paramref name="rowHeight"/> pixels, with <paramref name="chrome"/> pixels of
    /// everything else (header, details pane, buttons), within <paramref name="workWidth"/> × <paramref name="workHeight"/>.
    /// </summary>
    public static (int Width, int Height) Fit(int columnsWidth, int rows, int rowHeight, int chrome, int workWidth, int workHeight)
    {
        var maxWidth = Math.Max(MinWidth, (int)(workWidth * ScreenShare));
        var maxHeight = Math.Max(MinHeight, (int)(workHeight * ScreenShare));
        var width = Math.Clamp(columnsWidth + 48, MinWidth, maxWidth);
        var height = Math.Clamp(chrome + ((long)rows * rowHeight), MinHeight, maxHeight);
        return (width, (int)height);
    }

    /// <summary>A remembered size kept within the work area; null when it is no size at all.</summary>
    public static (int Width, int Height)? Within((int Width, int Height)? remembered, int workWidth, int workHeight) =>
        remembered is { } size && size.Width > 0 && size.Height > 0
            ? (Math.Min(size.Width, Math.Max(MinWidth, workWidth)), Math.Min(size.Height, Math.Max(MinHeight, workHeight)))
            : null;

    /// <summary>"900 640": the file's one line.</summary>
    public static string Format(int width, int height) => string.Create(CultureInfo.InvariantCulture, $"{width} {height}\n");

    /// <summary>The size in a window-size file; null when the text is anything else.</summary>
    public static (int Width, int Height)? Parse(string text)
    {
        var parts = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            && width is > 0 and < 100_000 && height is > 0 and < 100_000
            ? (width, height)
            : null;
    }
}
