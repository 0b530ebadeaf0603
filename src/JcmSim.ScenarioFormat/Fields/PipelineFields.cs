namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The <c>pipeline</c> section: the partners' opportunities per sector and how the flow grows.</summary>
internal static class PipelineFields
{
    /// <summary><c>pipeline.baseYear</c>.</summary>
    public static readonly ScenarioField BaseYear = ScenarioField.Year("pipeline.baseYear", "Reference year of the opportunity rates.");

    /// <summary><c>pipeline.multiplier</c>.</summary>
    public static readonly ScenarioField Multiplier = ScenarioField.Uncertain("pipeline.multiplier", FieldRanges.Factor, "factor", "Multiplier on every country's opportunities.");

    /// <summary><c>pipeline.growthRatePerYear</c>.</summary>
    public static readonly ScenarioField GrowthRatePerYear = ScenarioField.Uncertain("pipeline.growthRatePerYear", FieldRanges.Rate, "1/yr", "Growth rate of the opportunity flow per year.");

    /// <summary><c>pipeline.cityToCityShare</c>.</summary>
    public static readonly ScenarioField CityToCityShare = ScenarioField.Number("pipeline.cityToCityShare", FieldRanges.Share, "share of the flow", "Share of the pipeline from city-to-city collaboration.")
        with { Default = "0", Basis = "assumption: no city-to-city part unless the scenario has one" };

    /// <summary><c>pipeline.cityToCityGrowthRatePerYear</c>.</summary>
    public static readonly ScenarioField CityToCityGrowthRatePerYear = ScenarioField.Uncertain("pipeline.cityToCityGrowthRatePerYear", FieldRanges.Rate, "1/yr", "Extra growth of the city-to-city part.")
        with { Default = "0", Basis = "assumption: the city-to-city part grows like the rest" };

    /// <summary><c>pipeline.backlogAgeOutPerYear</c>.</summary>
    public static readonly ScenarioField BacklogAgeOutPerYear = ScenarioField.Uncertain("pipeline.backlogAgeOutPerYear", FieldRanges.Share, "probability per year",
        "Probability that an unfunded opportunity leaves the backlog in a year; 1 drops it at the end of its year.")
        with { Default = "1", Basis = "assumption: the format's default (no backlog), not a claim about the JCM" };

    /// <summary><c>pipeline.financeResponsePerUnspentShare</c>.</summary>
    public static readonly ScenarioField FinanceResponsePerUnspentShare = ScenarioField.Uncertain("pipeline.financeResponsePerUnspentShare", FieldRanges.Factor, "growth per unspent share",
        "Growth of the developers' pipeline per share of all channels' money left unspent (lagged).")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.maxFinanceResponseGrowthPerYear</c>.</summary>
    public static readonly ScenarioField MaxFinanceResponseGrowthPerYear = ScenarioField.Uncertain("pipeline.maxFinanceResponseGrowthPerYear", FieldRanges.Rate, "1/yr",
        "Developers' capacity: the largest yearly growth of the pipeline that unspent money can draw.")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.financeResponseLagYears</c>.</summary>
    public static readonly ScenarioField FinanceResponseLagYears = ScenarioField.Whole("pipeline.financeResponseLagYears", WholeNumberRange.LagYears, "years",
        "Years between money left unspent and the origination it draws.")
        with { Default = "1", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.creditPriceElasticity</c>.</summary>
    public static readonly ScenarioField CreditPriceElasticity = ScenarioField.Uncertain("pipeline.creditPriceElasticity", FieldRanges.Elasticity, "elasticity",
        "Elasticity of the opportunity flow to the credit price relative to the trend in the base year.")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.maturityPerLogProjects</c>.</summary>
    public static readonly ScenarioField MaturityPerLogProjects = ScenarioField.Uncertain("pipeline.maturityPerLogProjects", FieldRanges.Factor, "per ln(1 + projects)",
        "Market maturity μ: a country's opportunity flow scales with 1 + μ · ln(1 + JCM projects funded there so far).")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.maturityReferenceProjects</c>.</summary>
    public static readonly ScenarioField MaturityReferenceProjects = ScenarioField.Number("pipeline.maturityReferenceProjects", FieldRanges.Factor, "projects",
        "JCM projects a partner has done at the opportunity table's rates: maturity is counted relative to it.")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.jointCommitteeRegistrationsPerYear</c>.</summary>
    public static readonly ScenarioField JointCommitteeRegistrationsPerYear = ScenarioField.Uncertain("pipeline.jointCommitteeRegistrationsPerYear", FieldRanges.PositiveFactor, "projects/yr per partner",
        "Registrations a partner's Joint Committee (with its MRV bodies) can handle a year; funded projects beyond it start later.")
        with { Default = "no limit", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.jointCommitteeRegistrationsPerProject</c>.</summary>
    public static readonly ScenarioField JointCommitteeRegistrationsPerProject = ScenarioField.Uncertain("pipeline.jointCommitteeRegistrationsPerProject", FieldRanges.Factor, "projects/yr per project done",
        "Growth of that throughput per JCM project done in the partner.")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.nationalEmissions</c>.</summary>
    public static readonly ScenarioField NationalEmissions = ScenarioField.Other("pipeline.nationalEmissions", ScenarioFieldKind.File, "{file: CSV path} or inline rows",
        "Partners' and candidates' emissions by source (columns: pipeline.nationalEmissions[*]); a sector's potential in a country is its source's emissions × sectors.*.addressableShare.")
        with { Default = "none: no potential limit", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.file</c>.</summary>
    public static readonly ScenarioField File = ScenarioField.Other("pipeline.file", ScenarioFieldKind.File, "a CSV path relative to this file", "CSV with columns country, sector, opportunitiesPerYear, relative to this file.")
        with { Default = "required unless opportunities", Basis = ScenarioField.FormatDefault };

    /// <summary><c>pipeline.opportunities[*].country</c>.</summary>
    public static readonly ScenarioField Country = ScenarioField.Other("pipeline.opportunities[*].country", ScenarioFieldKind.CountryCode, "a partner code", "The partner; one row per partner and sector.");

    /// <summary><c>pipeline.opportunities[*].sector</c>.</summary>
    public static readonly ScenarioField Sector = ScenarioField.Other("pipeline.opportunities[*].sector", ScenarioFieldKind.Identifier, "a sector id", "The sector.");

    /// <summary><c>pipeline.opportunities[*].opportunitiesPerYear</c>.</summary>
    public static readonly ScenarioField OpportunitiesPerYear = ScenarioField.Number("pipeline.opportunities[*].opportunitiesPerYear", FieldRanges.OpportunitiesPerYear, "opportunities/yr", "Expected opportunities per year in the base year.");

    /// <summary>The columns of the opportunities table (inline or in <c>file</c>).</summary>
    public static IReadOnlyList<ScenarioField> Opportunities { get; } = [Country, Sector, OpportunitiesPerYear];

    /// <summary>Every field of the section, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [BaseYear, Multiplier, GrowthRatePerYear, CityToCityShare, CityToCityGrowthRatePerYear, BacklogAgeOutPerYear,
        FinanceResponsePerUnspentShare, MaxFinanceResponseGrowthPerYear, FinanceResponseLagYears, CreditPriceElasticity,
        MaturityPerLogProjects, MaturityReferenceProjects, JointCommitteeRegistrationsPerYear, JointCommitteeRegistrationsPerProject, File, .. Opportunities, NationalEmissions, .. EmissionsFields.Columns];
}
