using JcmSim.Model.Finance;

namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The fields of one finance channel in <c>channels</c>: common ones, then those of public programmes and of private investors.</summary>
internal static class ChannelFields
{
    /// <summary>The path of a channel's field.</summary>
    private const string Channel = "channels.*.";

    /// <summary><c>channels.*.kind</c>.</summary>
    public static readonly ScenarioField Kind = ScenarioField.Other(Channel + "kind", ScenarioFieldKind.Choice, "public, private", "public (subsidy programmes) or private (investor archetypes).");

    /// <summary><c>channels.*.name</c>.</summary>
    public static readonly ScenarioField Name = SectorFields.Name with { Path = Channel + "name", Default = "the channel's id" };

    /// <summary><c>channels.*.annualBudgetJpy</c>.</summary>
    public static readonly ScenarioField AnnualBudgetJpy = ScenarioField.OverYears(Channel + "annualBudgetJpy", FieldRanges.Jpy, "JPY/yr", "Money available per fiscal year, JPY: a number or {year: value, …}.");

    /// <summary><c>channels.*.budgetMultiplier</c>.</summary>
    public static readonly ScenarioField BudgetMultiplier = ScenarioField.Uncertain(Channel + "budgetMultiplier", FieldRanges.Factor, "factor", "Multiplier on the budget path (default 1).")
        with { Default = "1", Basis = "assumption: the budget as written" };

    /// <summary><c>channels.*.japanContributionShare</c>.</summary>
    public static readonly ScenarioField JapanContributionShare = ScenarioField.Uncertain(Channel + "japanContributionShare", FieldRanges.Share, "share of unsubsidised money",
        "Japanese share of the money a subsidy does not cover (a private investor's share of the capital; the Japanese participants' share of a subsidised project's own part); Japan's credits follow the Japanese money.");

    /// <summary><c>channels.*.sectors</c>.</summary>
    public static readonly ScenarioField Sectors = ScenarioField.Other(Channel + "sectors", ScenarioFieldKind.List, "sector ids", "Sector ids this channel funds; empty = all.")
        with { Default = "all", Basis = ScenarioField.FormatDefault };

    /// <summary><c>channels.*.countries</c>.</summary>
    public static readonly ScenarioField Countries = ScenarioField.Other(Channel + "countries", ScenarioFieldKind.List, "partner or candidate codes", "Partner or candidate codes this channel funds; empty = all.")
        with { Default = "all", Basis = ScenarioField.FormatDefault };

    /// <summary><c>channels.*.firstYear</c>.</summary>
    public static readonly ScenarioField FirstYear = ScenarioField.Year(Channel + "firstYear", "First fiscal year the channel funds anything (≤ horizon.lastYear).")
        with { Default = "every year", Basis = ScenarioField.FormatDefault };

    /// <summary><c>channels.*.programme</c>.</summary>
    public static readonly ScenarioField Programme = ScenarioField.Other(Channel + "programme", ScenarioFieldKind.Choice, "ministry, internationalOrganisation",
        "Public only: the Ministry's equipment-subsidy programme or a fund of an international organisation it pays for. Funding works the same; the record's counts of the Ministry's selections read only ministry channels.")
        with { Default = PublicProgrammeChannel.MinistryProgramme, Basis = ScenarioField.FormatDefault };

    /// <summary><c>channels.*.subsidyRatioCap</c>.</summary>
    public static readonly ScenarioField SubsidyRatioCap = ScenarioField.Uncertain(Channel + "subsidyRatioCap", FieldRanges.Share, "share of capex", "Public only: largest subsidy as a share of initial investment.");

    /// <summary><c>channels.*.perProjectCapJpy</c>.</summary>
    public static readonly ScenarioField PerProjectCapJpy = ScenarioField.Number(Channel + "perProjectCapJpy", FieldRanges.PositiveJpy, "JPY", "Public only: largest subsidy for one project, JPY.");

    /// <summary><c>channels.*.maxSubsidyJpyPerTco2</c>.</summary>
    public static readonly ScenarioField MaxSubsidyJpyPerTco2 = ScenarioField.Number(Channel + "maxSubsidyJpyPerTco2", FieldRanges.PositiveJpyPerTco2, "JPY per lifetime tCO2", "Public only: cost-effectiveness cap, JPY per tCO2 of lifetime reductions.")
        with { Default = "no cap", Basis = "assumption: a screen only where the scenario sets one" };

    /// <summary><c>channels.*.minimumJapanCreditShare</c>.</summary>
    public static readonly ScenarioField MinimumJapanCreditShare = ScenarioField.Number(Channel + "minimumJapanCreditShare", FieldRanges.Share, "share of credits", "Public only: Japan's share of a funded project's credits is at least this (default 0).")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>channels.*.participantHurdleRate</c>.</summary>
    public static readonly ScenarioField ParticipantHurdleRate = ScenarioField.Uncertain(Channel + "participantHurdleRate", FieldRanges.Rate, "IRR before country risk", "Public only: return participants need on their own share, before the country-risk premium.");

    /// <summary><c>channels.*.archetype</c>.</summary>
    public static readonly ScenarioField Archetype = ScenarioField.Other(Channel + "archetype", ScenarioFieldKind.Identifier, ValueReader.IdentifierRule, "Private only: archetype label, e.g. tradingHouse.");

    /// <summary><c>channels.*.hurdleRate</c>.</summary>
    public static readonly ScenarioField HurdleRate = ScenarioField.Uncertain(Channel + "hurdleRate", FieldRanges.Rate, "IRR before country risk", "Private only: required return before the country premium.");

    /// <summary><c>channels.*.creditPriceExpectationFactor</c>.</summary>
    public static readonly ScenarioField CreditPriceExpectationFactor = ScenarioField.Uncertain(Channel + "creditPriceExpectationFactor", FieldRanges.Factor, "expected ÷ simulated price", "Private only: expected ÷ current credit price.");

    /// <summary><c>channels.*.authorisationRisk</c>.</summary>
    public static readonly ScenarioField AuthorisationRisk = ScenarioField.Uncertain(Channel + "authorisationRisk", FieldRanges.Share, "probability", "Private only: the investor's probability that a project's credits are never authorised for transfer (default 0).")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary>The fields every channel has.</summary>
    public static IReadOnlyList<ScenarioField> Common { get; } = [Kind, Name, AnnualBudgetJpy, BudgetMultiplier, JapanContributionShare, Sectors, Countries, FirstYear];

    /// <summary>The fields of a public programme only.</summary>
    public static IReadOnlyList<ScenarioField> Public { get; } = [Programme, SubsidyRatioCap, PerProjectCapJpy, MaxSubsidyJpyPerTco2, MinimumJapanCreditShare, ParticipantHurdleRate];

    /// <summary>The fields of a private investor only.</summary>
    public static IReadOnlyList<ScenarioField> Private { get; } = [Archetype, HurdleRate, CreditPriceExpectationFactor, AuthorisationRisk];

    /// <summary>Every field of a channel, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [.. Common, .. Public, .. Private];
}
