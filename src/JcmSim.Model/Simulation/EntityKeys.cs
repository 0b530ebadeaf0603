using JcmSim.Model.Randomness;

namespace JcmSim.Model.Simulation;

/// <summary>
/// Stable names of the model's random-number owners. A stream key is the hash of one of these, so
/// renaming an entity changes its numbers: these strings are part of the results' identity.
/// </summary>
public static class EntityKeys
{
    /// <summary>The credit market (price path).</summary>
    public static readonly ulong Market = StableHash.Of("market");

    /// <summary>The partner-expansion process.</summary>
    public static readonly ulong Expansion = StableHash.Of("expansion");

    /// <summary>Scenario-wide agreement rules (extension probability).</summary>
    public static readonly ulong Agreements = StableHash.Of("agreements");

    /// <summary>Scenario-wide pipeline growth.</summary>
    public static readonly ulong Pipeline = StableHash.Of("pipeline");

    /// <summary>Scenario-wide credit rules (conservativeness, fixed split).</summary>
    public static readonly ulong Credits = StableHash.Of("credits");

    /// <summary>A sector's mitigation potential (its addressable share).</summary>
    public static ulong Potential(string sectorId) => StableHash.Of("potential:" + sectorId);

    /// <summary>A partner or candidate country.</summary>
    public static ulong Country(string code) => StableHash.Of("country:" + code);

    /// <summary>A finance channel.</summary>
    public static ulong Channel(string id) => StableHash.Of("channel:" + id);

    /// <summary>The opportunity flow of one country and sector.</summary>
    public static ulong Opportunities(string countryCode, string sectorId) => StableHash.Of("opportunities:" + countryCode + ":" + sectorId);
}
