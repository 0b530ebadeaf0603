using System.Security.Cryptography;
using System.Text;
using JcmSim.Model.Scenarios;

namespace JcmSim.Grains.Scenarios;

/// <summary>
/// A scenario as it travels to the grains: its JSON form (<see cref="ScenarioJson"/>) and the
/// SHA-256 of that JSON, which names the scenario in each silo's cache so the JSON is parsed and
/// compiled once per silo, not once per grain.
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="Json"/>.</param>
/// <param name="Json">The scenario as written by <see cref="ScenarioJson.Serialize"/>.</param>
[GenerateSerializer, Immutable, Alias("jcm.scenario")]
public sealed record ScenarioHandle([property: Id(0)] string Sha256, [property: Id(1)] string Json)
{
    /// <summary>The handle of <paramref name="scenario"/>.</summary>
    public static ScenarioHandle From(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return FromJson(ScenarioJson.Serialize(scenario));
    }

    /// <summary>The handle of a scenario already in JSON form.</summary>
    public static ScenarioHandle FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ScenarioHandle(HashOf(json), json);
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="json"/>.</summary>
    public static string HashOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>Short form for logs: the first 12 hex digits of the hash.</summary>
    public override string ToString() => Sha256.Length > 12 ? Sha256[..12] : Sha256;
}
