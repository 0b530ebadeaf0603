using JcmSim.Model.Distributions;

namespace JcmSim.Model.Countries;

/// <summary>
/// The expansion process: from <see cref="StartYear"/>, a Poisson number of candidates join each
/// year (rate drawn once per trial), chosen by weight without replacement, until there are
/// <see cref="MaxPartners"/> partners (a cap drawn once per trial and rounded, so that studies can vary it).
/// </summary>
public sealed record PartnerExpansion
{
    /// <summary>First fiscal year in which new partners can join.</summary>
    public required int StartYear { get; init; }

    /// <summary>Expected new partners per year (drawn once per trial), ≥ 0.</summary>
    public required Distribution NewPartnersPerYear { get; init; }

    /// <summary>
    /// Upper bound on the number of partners (known + new), drawn once per trial and rounded to a
    /// whole number of partners (half away from zero); a whole number in most scenarios.
    /// </summary>
    public required Distribution MaxPartners { get; init; }

    /// <summary>Agreement length of a new partner in years; null when open-ended.</summary>
    public int? AgreementTermYears { get; init; }

    /// <summary>
    /// Expected opportunities per year by sector for a new partner whose emissions of the sector's source
    /// equal the known partners' median (MODEL.md §Opportunities).
    /// </summary>
    public required IReadOnlyDictionary<string, double> NewPartnerOpportunitiesPerYear { get; init; }

    /// <summary>
    /// Elasticity ν of a new partner's opportunity flow to its emissions of the sector's source relative to the
    /// known partners' median: rate = <see cref="NewPartnerOpportunitiesPerYear"/> · (E / median E)^ν, ≥ 0. Default 1.
    /// </summary>
    public double PotentialElasticity { get; init; } = 1;

    /// <summary>Readiness lag of new partners (per trial and country).</summary>
    public required Distribution Article6ReadinessLagYears { get; init; }

    /// <summary>
    /// Sensitivity s of a new partner's readiness lag to its institutional capacity (per trial, in [0, 1]): the lag is
    /// multiplied by 1 + s · (1 − 2q), q = <see cref="CandidateCountry.CapacityRank"/> (<see cref="ReadinessCapacity"/>). Default 0.
    /// </summary>
    public Distribution ReadinessCapacitySensitivity { get; init; } = Distribution.Fixed(0);

    /// <summary>Host retention share of new partners (per trial and country).</summary>
    public required Distribution HostRetentionShare { get; init; }

    /// <summary>Country-risk premium of new partners (per trial and country).</summary>
    public required Distribution CountryRiskPremium { get; init; }

    /// <summary>Countries that may join.</summary>
    public required IReadOnlyList<CandidateCountry> Candidates { get; init; }
}
