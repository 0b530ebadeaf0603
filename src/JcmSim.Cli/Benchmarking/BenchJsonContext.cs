using System.Text.Json.Serialization;

namespace JcmSim.Cli.Benchmarking;

/// <summary>Source-generated System.Text.Json metadata for the run statistics and bench.json (camelCase, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RunStats))]
[JsonSerializable(typeof(BenchReport))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
