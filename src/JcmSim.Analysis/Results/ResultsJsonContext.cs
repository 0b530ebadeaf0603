using System.Text.Json.Serialization;

namespace JcmSim.Analysis.Results;

/// <summary>Source-generated System.Text.Json metadata for the JSON result files (camelCase, indented, nulls written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RunSummary))]
[JsonSerializable(typeof(RunManifest))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext;
