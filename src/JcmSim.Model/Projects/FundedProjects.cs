namespace JcmSim.Model.Projects;

/// <summary>
/// Projects funded in one year for a block, as struct-of-arrays (trial offset, country, sector,
/// channel, ordinal of the opportunity in its country–sector–year flow, size, crediting period,
/// Japanese finance share and start delay). For each trial, projects appear in channel order then rank order.
/// The arrays may be longer than <see cref="Count"/>: the block loop reuses them from year to year.
/// </summary>
/// <param name="Year">Fiscal year of funding.</param>
/// <param name="Count">Number of projects: the first Count entries of every array.</param>
/// <param name="Trial">Trial offset per project.</param>
/// <param name="Country">Country index per project.</param>
/// <param name="Sector">Sector index per project.</param>
/// <param name="Channel">Channel index per project.</param>
/// <param name="Ordinal">Ordinal of the opportunity in its country–sector–year flow.</param>
/// <param name="SizeTco2PerYear">Expected size, tCO2 per year.</param>
/// <param name="CreditingYears">Crediting period, years.</param>
/// <param name="JapanContributionShare">Japanese share of the project's finance.</param>
/// <param name="StartDelayYears">Years the project waits for its partner's Joint Committee before it starts (MODEL.md §Opportunities).</param>
public sealed record FundedProjects(
    int Year,
    int Count,
    int[] Trial,
    int[] Country,
    int[] Sector,
    int[] Channel,
    int[] Ordinal,
    double[] SizeTco2PerYear,
    int[] CreditingYears,
    double[] JapanContributionShare,
    int[] StartDelayYears);
