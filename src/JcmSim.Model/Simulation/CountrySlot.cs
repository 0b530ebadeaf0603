using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Simulation;

/// <summary>
/// A country as the simulation indexes it: a known partner (with a signing year) or a candidate
/// that may join through the expansion process.
/// </summary>
public sealed record CountrySlot
{
    /// <summary>Position in <see cref="CompiledScenario.Countries"/>.</summary>
    public required int Index { get; init; }

    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public required string Code { get; init; }

    /// <summary>Display name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Index into <see cref="CompiledScenario.Regions"/>.</summary>
    public required int RegionIndex { get; init; }

    /// <summary>True for a candidate country (joins only through expansion).</summary>
    public required bool IsCandidate { get; init; }

    /// <summary>Signing fiscal year of a known partner; null for candidates.</summary>
    public int? SigningYear { get; init; }

    /// <summary>Agreement end of a known partner; null when open-ended or a candidate.</summary>
    public int? AgreementEndYear { get; init; }

    /// <summary>Candidate weight in the expansion draw (0 for known partners).</summary>
    public double Weight { get; init; }

    /// <summary>Readiness lag distribution (years).</summary>
    public required Distribution Article6ReadinessLagYears { get; init; }

    /// <summary>
    /// A new partner's institutional capacity, percentile rank in [0, 1] (<see cref="Countries.ReadinessCapacity"/>); NaN for
    /// known partners and candidates without one: their readiness lag is not scaled.
    /// </summary>
    public double CapacityRank { get; init; } = double.NaN;

    /// <summary>Host retention share distribution.</summary>
    public required Distribution HostRetentionShare { get; init; }

    /// <summary>Country-risk premium distribution.</summary>
    public required Distribution CountryRiskPremium { get; init; }

    /// <summary>Expected opportunities per year at the pipeline base year, by sector index.</summary>
    public required double[] OpportunitiesPerYear { get; init; }

    /// <summary>
    /// The country's emissions of each sector's source (MtCO2e), by sector index; NaN where the sector has no
    /// source or the data has no value: no potential limits that sector there.
    /// </summary>
    public required double[] EmissionsMt { get; init; }

    /// <summary>Random-stream entity key of the country.</summary>
    public required ulong EntityKey { get; init; }

    /// <summary>Random-stream entity keys of the country's opportunity flow, by sector index.</summary>
    public required ulong[] OpportunityKeys { get; init; }
}
