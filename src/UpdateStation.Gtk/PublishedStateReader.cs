using System.Text.Json;
using UpdateStation.Gtk.Content;
using UpdateStation.Packages.Json;

namespace UpdateStation.Gtk;

/// <summary>Reads what the instance publishes in the runtime directory: instance.json (verified) and plan.json.</summary>
internal static class PublishedStateReader
{
    /// <summary>A plan of thousands of packages is a few hundred KB; anything larger is not ours.</summary>
    private const int MaxPlanBytes = 16 << 20;

    /// <summary>What the window says of a plan.json it cannot parse.</summary>
    public static string Unreadable => Catalog.T("The published plan is unreadable; check again.");

    public static PublishedState Read(RuntimeDirectory directory)
    {
        var instance = InstanceLocator.Find(directory.Instance);
        var path = directory.PlanFile;
        var bytes = BoundedFile.TryRead(path, MaxPlanBytes, out var problem);
        if (bytes is null)
        {
            return new(instance, null, problem is null ? null : $"Cannot read the last plan in {DisplayText.Escape(path)}: {problem}.");
        }

        try
        {
            var json = JsonSerializer.Deserialize(bytes, PlanJsonContext.Default.PlanJson);
            return new(instance, json?.ToPlan(), json is null ? $"The last plan in {DisplayText.Escape(path)} is empty." : null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            // The instance replaces the file atomically, so this is a damaged file, not one caught half-written.
            // The serializer's message names .NET types and JSON paths ("could not be converted to ...PlanJson"):
            // words for a reader instead, and the next check replaces the file.
            return new(instance, null, Unreadable);
        }
    }
}
