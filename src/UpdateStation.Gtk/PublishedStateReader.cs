using System.Text.Json;
using UpdateStation.Gtk.Content;
using UpdateStation.Packages.Json;

namespace UpdateStation.Gtk;

/// <summary>Reads what the instance publishes in the runtime directory: instance.json (verified) and plan.json.</summary>
internal static class PublishedStateReader
{
    public const string PlanFileName = "plan.json";

    public static PublishedState Read(RuntimeDirectory directory)
    {
        var instance = InstanceLocator.Find(directory);
        var path = Path.Combine(directory.Path, PlanFileName);
        try
        {
            var json = JsonSerializer.Deserialize(File.ReadAllBytes(path), PlanJsonContext.Default.PlanJson);
            return new(instance, json?.ToPlan(), json is null ? $"The last plan in {path} is empty." : null);
        }
        catch (FileNotFoundException)
        {
            return new(instance, null, null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or IOException or UnauthorizedAccessException)
        {
            // The instance replaces the file atomically, so this is a damaged file, not one caught half-written.
            return new(instance, null, $"Cannot read the last plan in {path}: {ex.Message}");
        }
    }
}
