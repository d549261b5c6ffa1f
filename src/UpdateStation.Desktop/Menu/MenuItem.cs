namespace UpdateStation.Desktop.Menu;

/// <summary>One entry of the icon's menu; the id is what dbusmenu's Event names.</summary>
/// <param name="Id">The dbusmenu id (0 is the root).</param>
/// <param name="Label">The text; null for a separator.</param>
/// <param name="Request">What a click asks for; null for a separator.</param>
internal sealed record MenuItem(int Id, string? Label, DesktopRequest? Request)
{
    public static IReadOnlyList<MenuItem> All { get; } =
    [
        new(1, Catalog.T("Show Updates"), DesktopRequest.ShowWindow),
        new(2, Catalog.T("Check for Updates"), DesktopRequest.CheckNow),
        new(3, null, null),
        new(4, Catalog.T("Quit"), DesktopRequest.Quit),
    ];

    public bool IsSeparator => Label is null;
}
