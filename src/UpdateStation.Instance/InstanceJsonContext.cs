using System.Text.Json.Serialization;

namespace UpdateStation.Instance;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(InstanceState))]
internal sealed partial class InstanceJsonContext : JsonSerializerContext;
