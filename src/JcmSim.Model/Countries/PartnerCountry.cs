using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Countries;

/// <summary>
/// A country with a signed bilateral JCM document (source: partner-signing-announcements, moej-cop26-2021). Distributions are
/// drawn once per trial.
/// </summary>
public sealed record PartnerCountry
{
    /// <summary>ISO 3166-1 alpha-3 code, e.g. "THA".</summary>
    public required string Code { get; init; }

    /// <summary>Country name in English and Japanese.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Region used for breakdowns, e.g. "Southeast Asia".</summary>
    public required string Region { get; init; }

    /// <summary>Fiscal year the bilateral document was signed; the country is a partner from this year on.</summary>
    public required int SigningYear { get; init; }

    /// <summary>Last fiscal year of the agreement before it needs extension; null when open-ended.</summary>
    public int? AgreementEndYear { get; init; }

    /// <summary>Years from signing until credits can be issued as ITMOs (authorisation, initial report, registry).</summary>
    public required Distribution Article6ReadinessLagYears { get; init; }

    /// <summary>Share of issued credits the host keeps for its own NDC under host-first allocation, in [0, 1].</summary>
    public required Distribution HostRetentionShare { get; init; }

    /// <summary>Premium added to private investors' hurdle rate in this country (fraction per year).</summary>
    public required Distribution CountryRiskPremium { get; init; }

    /// <summary>Expected new project opportunities per year by sector id, at the pipeline's base year.</summary>
    public required IReadOnlyDictionary<string, double> OpportunitiesPerYear { get; init; }
}
