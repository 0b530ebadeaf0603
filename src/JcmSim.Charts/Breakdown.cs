namespace JcmSim.Charts;

/// <summary>What a contributions chart breaks the reductions down by.</summary>
public enum Breakdown
{
    /// <summary>Finance channel (series <c>reductions.channel.ID</c>).</summary>
    Channel,

    /// <summary>Sector (series <c>reductions.sector.ID</c>).</summary>
    Sector,

    /// <summary>Partner country (series <c>reductions.country.CODE</c>, means only).</summary>
    Country,
}
