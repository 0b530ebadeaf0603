using System.Text.Json;
using System.Text.Json.Serialization;

namespace JcmSim.Model.Scenarios;

/// <summary>
/// The JSON form of a resolved <see cref="Scenario"/> (manifests, result folders, messages between
/// processes): camelCase properties, enums as camelCase strings, distributions and channels
/// tagged by their <c>dist</c> and <c>kind</c> discriminators. Round trips exactly: doubles are
/// written in shortest round-trippable form, and derived read-only properties are not written.
/// </summary>
public static class ScenarioJson
{
    /// <summary>The serializer options used by <see cref="Serialize"/> and <see cref="Deserialize"/>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The scenario as indented JSON.</summary>
    public static string Serialize(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return JsonSerializer.Serialize(scenario, Options);
    }

    /// <summary>The scenario written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not a scenario in this form (unknown or missing properties included).</exception>
    public static Scenario Deserialize(string json) =>
        JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new JsonException("The JSON is null, not a scenario.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            // Computed values such as SimulationHorizon.Years and LogNormalDistribution.Median are
            // derived from the parameters; writing them would only invite inconsistent input.
            IgnoreReadOnlyProperties = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowOutOfOrderMetadataProperties = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // Metadata generated at compile time: reflection over the scenario's ~60 types cost a short run about 0.15 s of
        // processor time, cold, each time a process first touched a scenario's JSON. The same contract: the options above apply.
        options.TypeInfoResolver = ScenarioJsonContext.Default;
        options.MakeReadOnly();
        return options;
    }
}
