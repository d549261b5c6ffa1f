using System.Text.Json;
using UpdateStation.Gtk.Content;
using UpdateStation.Packages.Json;

namespace UpdateStation.Gtk;

/// <summary>Reads what the instance publishes in the runtime directory: instance.json (verified) and plan.json.</summary>
internal static class PublishedStateReader
{
    /// <summary>A plan of thousands of packages is a few hundred KB; anything larger is not ours.</summary>
    private const int MaxPlanBytes = 16 << 20;

    public static PublishedState Read(RuntimeDirectory directory)
    {
        var instance = InstanceLocator.Find(directory.Instance);
        var path = directory.PlanFile;
        var bytes = BoundedFile.TryRead(path, MaxPlanBytes, out var problem);
        if (bytes is null)
        {
            return new(instance, null, problem is null ? null : $"Cannot read the last plan in {path}: {problem}.");
        }

        try
        {
            var json = JsonSerializer.Deserialize(bytes, PlanJsonContext.Default.PlanJson);
            return new(instance, json?.ToPlan(), json is null ? $"The last plan in {path} is empty." : null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            // The instance replaces the file atomically, so this is a damaged file, not one caught half-written.
            return new(instance, null, $"Cannot read the last plan in {path}: {ex.Message}");
        }
    }
}
