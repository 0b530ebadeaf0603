using System.Text.Json.Serialization;

namespace JcmSim.Model.Scenarios;

/// <summary>
/// The scenario's JSON metadata, generated at compile time for <see cref="ScenarioJson"/>, whose options
/// (names, enums, polymorphism, strictness) still apply.
/// </summary>
[JsonSerializable(typeof(Scenario))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
