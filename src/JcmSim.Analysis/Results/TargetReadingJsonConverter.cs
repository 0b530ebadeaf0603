using System.Text.Json;
using System.Text.Json.Serialization;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>Writes a <see cref="TargetReading"/> as the scenario format spells it (<c>realisedReductions</c>, …).</summary>
public sealed class TargetReadingJsonConverter() : JsonStringEnumConverter<TargetReading>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
