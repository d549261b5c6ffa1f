using System.Text.Json.Serialization;

namespace UpdateStation.Rendering;

/// <summary>Source-generated JSON for what the commands print besides the plan (PlanJsonContext) (NativeAOT: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StatusReport))]
[JsonSerializable(typeof(HistoryReport))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
