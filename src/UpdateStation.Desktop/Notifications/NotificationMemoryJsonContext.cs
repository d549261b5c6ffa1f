using System.Text.Json.Serialization;

namespace UpdateStation.Desktop.Notifications;

/// <summary>Source-generated JSON for the notification memory (NativeAOT: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(NotificationMemory))]
internal sealed partial class NotificationMemoryJsonContext : JsonSerializerContext;
