using System.Text.Json.Serialization;

namespace UpdateStation.Rendering;

/// <summary>Source-generated serialisation of the plan JSON (NativeAOT: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlanJson))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
