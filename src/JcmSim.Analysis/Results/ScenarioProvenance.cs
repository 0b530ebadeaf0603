using System.Text.Json.Serialization;

namespace JcmSim.Analysis.Results;

/// <summary>Where one scenario of a run came from: its input files and the scenario as resolved.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Files">SHA-256 of every input file: the scenario, the bases it extends, the CSVs it references.</param>
/// <param name="ResolvedScenarioJson">
/// The resolved scenario (after <c>extends:</c> and CSV loading) as JSON text; manifest.json embeds it
/// as a JSON value under <c>resolvedScenario</c>, not as an escaped string.
/// </param>
public sealed record ScenarioProvenance(
    string Name,
    IReadOnlyList<ScenarioFileHash> Files,
    [property: JsonPropertyName("resolvedScenario"), JsonConverter(typeof(RawJsonTextConverter))] string ResolvedScenarioJson);
