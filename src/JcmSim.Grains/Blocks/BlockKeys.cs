namespace JcmSim.Grains.Blocks;

/// <summary>
/// Grain keys of a block attempt and its actors. The attempt is part of every key: a retried
/// block gets fresh grains (placed anew, possibly on another silo) and can never meet the
/// half-stepped actors of a failed attempt.
/// </summary>
internal static class BlockKeys
{
    /// <summary>Key of the block grain for <paramref name="attempt"/> of <paramref name="block"/>.</summary>
    public static string Block(string runId, int block, int attempt) => $"{runId}/{block}/{attempt}";

    /// <summary>Key of country <paramref name="countryIndex"/> of a block attempt.</summary>
    public static string Country(string blockKey, int countryIndex) => $"{blockKey}/country/{countryIndex}";

    /// <summary>Key of finance channel <paramref name="channelIndex"/> of a block attempt.</summary>
    public static string Channel(string blockKey, int channelIndex) => $"{blockKey}/channel/{channelIndex}";

    /// <summary>Key of the project portfolio of a block attempt.</summary>
    public static string Portfolio(string blockKey) => $"{blockKey}/portfolio";
}
