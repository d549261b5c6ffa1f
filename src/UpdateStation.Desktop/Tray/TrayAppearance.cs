namespace UpdateStation.Desktop.Tray;

/// <summary>What the item shows: its Status, its icon and its tooltip text.</summary>
/// <param name="Status">Passive, Active or NeedsAttention.</param>
/// <param name="IconName">The icon theme name for IconName and AttentionIconName.</param>
/// <param name="ToolTipText">The tooltip's text (its title is always the program's name).</param>
internal sealed record TrayAppearance(ItemStatus Status, string IconName, string ToolTipText)
{
    /// <summary>The wire form of <see cref="Status"/>.</summary>
    public string StatusName => Status switch
    {
        ItemStatus.Active => "Active",
        ItemStatus.NeedsAttention => "NeedsAttention",
        _ => "Passive",
    };
}
