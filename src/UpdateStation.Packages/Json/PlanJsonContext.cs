using System.Text.Json.Serialization;

namespace UpdateStation.Packages.Json;

/// <summary>Source-generated JSON for the plan (NativeAOT: no reflection); reads what it writes.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlanJson))]
public sealed partial class PlanJsonContext : JsonSerializerContext;
