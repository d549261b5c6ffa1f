using System.Text.Json.Serialization;

namespace UpdateStation.Upgrade.Events;

/// <summary>Source-generated JSON for the event stream (NativeAOT: no reflection); reads what it writes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UpgradeEvent))]
public sealed partial class UpgradeEventJsonContext : JsonSerializerContext;
