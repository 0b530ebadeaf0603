namespace JcmSim.Model.Projects;

/// <summary>
/// Projects funded in one year for a block, as struct-of-arrays (trial offset, country, sector,
/// channel, ordinal of the opportunity in its country–sector–year flow, size, crediting period and
/// Japanese finance share). For each trial, projects appear in channel order then rank order.
/// </summary>
public sealed record FundedProjects(
    int Year,
    int[] Trial,
    int[] Country,
    int[] Sector,
    int[] Channel,
    int[] Ordinal,
    double[] SizeTco2PerYear,
    int[] CreditingYears,
    double[] JapanContributionShare)
{
    /// <summary>Number of projects.</summary>
    public int Count => Trial.Length;
}
