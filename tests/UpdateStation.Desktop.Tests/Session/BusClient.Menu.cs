namespace UpdateStation.Desktop.Tests.Session;

/// <summary>The calls a panel makes on an item and its menu.</summary>
internal sealed partial class BusClient
{
    /// <summary>GetLayout(0, -1, []): the root's children as (id, properties).</summary>
    public Task<(uint Revision, List<(int Id, Dictionary<string, VariantValue> Properties)> Children)> GetLayoutAsync(string destination, string menuPath) =>
        CallAsync(
            destination, menuPath, "com.canonical.dbusmenu", "GetLayout", "iias",
            (ref MessageWriter w) =>
            {
                w.WriteInt32(0);
                w.WriteInt32(-1);
                w.WriteArray(Array.Empty<string>());
            },
            static (m, _) =>
            {
                var reader = m.GetBodyReader();
                var revision = reader.ReadUInt32();
                reader.AlignStruct();
                reader.ReadInt32();
                reader.ReadDictionaryOfStringToVariantValue();
                var children = reader.ReadArrayOfVariantValue()
                    .Select(child => (child.GetItem(0).GetInt32(), child.GetItem(1).GetDictionary<string, VariantValue>()))
                    .ToList();
                return (revision, children);
            });

    /// <summary>Event(id, "clicked", 0, 0): what a panel sends when a menu item is clicked.</summary>
    public Task ClickAsync(string destination, string menuPath, int id) => CallAsync(
        destination, menuPath, "com.canonical.dbusmenu", "Event", "isvu",
        (ref MessageWriter w) =>
        {
            w.WriteInt32(id);
            w.WriteString("clicked");
            w.WriteVariantInt32(0);
            w.WriteUInt32(0);
        });

    /// <summary>Activate(x, y): a left click on the icon.</summary>
    public Task ActivateAsync(string destination) => CallAsync(
        destination, "/StatusNotifierItem", "org.kde.StatusNotifierItem", "Activate", "ii",
        (ref MessageWriter w) =>
        {
            w.WriteInt32(10);
            w.WriteInt32(10);
        });

    /// <summary>The item's properties, as a panel reads them after each New* signal.</summary>
    public Task<Dictionary<string, VariantValue>> ItemPropertiesAsync(string destination) =>
        GetAllAsync(destination, "/StatusNotifierItem", "org.kde.StatusNotifierItem");
}
