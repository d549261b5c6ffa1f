using System.Text.Json.Serialization;

namespace UpdateStation.Rendering;

/// <summary>Source-generated JSON for everything the commands print (NativeAOT: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlanJson))]
[JsonSerializable(typeof(StatusReport))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
