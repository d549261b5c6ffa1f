namespace UpdateStation.Desktop.Tray;

/// <summary>A StatusNotifierItem's Status: whether panels show the icon and how loudly.</summary>
internal enum ItemStatus
{
    /// <summary>Nothing to do: panels hide the item (up to date, or before the first check).</summary>
    Passive,

    /// <summary>Updates are waiting, or something needs a look.</summary>
    Active,

    /// <summary>Security updates are waiting.</summary>
    NeedsAttention,
}
