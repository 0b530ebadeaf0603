using System.Text.Json.Serialization;

namespace JcmSim.Runs.Checkpoints;

/// <summary>Source-generated System.Text.Json metadata for <c>checkpoint.json</c> (camelCase, indented).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(CheckpointManifest))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
