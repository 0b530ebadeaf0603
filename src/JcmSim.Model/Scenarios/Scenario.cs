using JcmSim.Model.Countries;
using JcmSim.Model.Credits;
using JcmSim.Model.Finance;
using JcmSim.Model.Market;
using JcmSim.Model.Observations;
using JcmSim.Model.Projects;

namespace JcmSim.Model.Scenarios;

/// <summary>
/// A fully resolved scenario: every parameter of the model (MODEL.md), with <c>extends:</c> and CSV
/// references already applied. Immutable; the same value drives the in-process path and the grains.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short identifier, e.g. "baseline" (file name without extension by default).</summary>
    public required string Name { get; init; }

    /// <summary>Title for tables and charts, in English and Japanese.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The question this scenario answers, in one paragraph, in English and Japanese.</summary>
    public LocalizedText Question { get; init; } = new("");

    /// <summary>Which fiscal years are simulated.</summary>
    public required SimulationHorizon Horizon { get; init; }

    /// <summary>From when reductions count and which targets they are compared with.</summary>
    public required AccountingRules Accounting { get; init; }

    /// <summary>Project types, with their size, cost and performance distributions.</summary>
    public required IReadOnlyList<SectorProfile> Sectors { get; init; }

    /// <summary>Countries that have signed (or, in a hindcast, will sign on a known date) a bilateral document.</summary>
    public required IReadOnlyList<PartnerCountry> Partners { get; init; }

    /// <summary>How new partner countries join.</summary>
    public required PartnerExpansion Expansion { get; init; }

    /// <summary>What happens when a bilateral agreement reaches its end.</summary>
    public required AgreementPolicy Agreements { get; init; }

    /// <summary>How the flow of project opportunities grows.</summary>
    public required PipelineGrowth Pipeline { get; init; }

    /// <summary>Finance channels in the order they pick opportunities each year.</summary>
    public required IReadOnlyList<FinanceChannel> Channels { get; init; }

    /// <summary>Issuance and allocation of credits.</summary>
    public required CreditRules Credits { get; init; }

    /// <summary>The credit-price path private investors see.</summary>
    public required CreditPriceModel CreditPrice { get; init; }

    /// <summary>Projects already operating or funded before the first simulated year.</summary>
    public IReadOnlyList<PortfolioCohort> ExistingPortfolio { get; init; } = [];

    /// <summary>
    /// Partners' and candidates' emissions by source, the base of their mitigation potential per sector
    /// (MODEL.md §Opportunities); a country without a row has no potential limit.
    /// </summary>
    public IReadOnlyList<Potential.CountryEmissions> NationalEmissions { get; init; } = [];

    /// <summary>The inputs studies (sweep, sensitivity, discover, goal-seek) vary, with their study ranges; empty when none are named.</summary>
    public IReadOnlyList<StudyUncertainty> Uncertainties { get; init; } = [];

    /// <summary>Rank correlations between inputs named in <see cref="Uncertainties"/>.</summary>
    public IReadOnlyList<RankCorrelation> Correlations { get; init; } = [];

    /// <summary>Recorded figures every run reports beside its own reading of the same quantity; empty when none are named. The model never reads them.</summary>
    public IReadOnlyList<RecordedObservation> Observations { get; init; } = [];
}
