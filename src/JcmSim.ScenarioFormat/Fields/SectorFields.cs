namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The fields of one sector (project type) in <c>sectors</c>.</summary>
internal static class SectorFields
{
    /// <summary>The path of a sector's field.</summary>
    private const string Sector = "sectors.*.";

    /// <summary><c>sectors.*.name</c>.</summary>
    public static readonly ScenarioField Name = ScenarioField.Other(Sector + "name", ScenarioFieldKind.Localized, "text or {en: …, ja: …}", "Display name.")
        with { Default = "the sector's id", Basis = ScenarioField.FormatDefault };

    /// <summary><c>sectors.*.sizeTco2PerYear</c>.</summary>
    public static readonly ScenarioField SizeTco2PerYear = ScenarioField.Uncertain(Sector + "sizeTco2PerYear", FieldRanges.Tco2PerYear, "tCO2/yr", "Expected reductions of one project, tCO2 per year.");

    /// <summary><c>sectors.*.capexJpyPerTco2PerYear</c>.</summary>
    public static readonly ScenarioField CapexJpyPerTco2PerYear = ScenarioField.Uncertain(Sector + "capexJpyPerTco2PerYear", FieldRanges.CapexJpyPerTco2PerYear, "JPY per tCO2/yr", "Initial investment per tCO2/yr of expected reductions, JPY.");

    /// <summary><c>sectors.*.leadTimeYears</c>.</summary>
    public static readonly ScenarioField LeadTimeYears = ScenarioField.Uncertain(Sector + "leadTimeYears", FieldRanges.UncertainYears, "years", "Years from funding to operation.");

    /// <summary><c>sectors.*.creditingYears</c>.</summary>
    public static readonly ScenarioField CreditingYears = ScenarioField.Uncertain(Sector + "creditingYears", FieldRanges.UncertainYears, "years", "Crediting period in years.");

    /// <summary><c>sectors.*.performanceRatio</c>.</summary>
    public static readonly ScenarioField PerformanceRatio = ScenarioField.Uncertain(Sector + "performanceRatio", FieldRanges.Factor, "ratio", "Realised ÷ expected reductions.");

    /// <summary><c>sectors.*.degradationPerYear</c>.</summary>
    public static readonly ScenarioField DegradationPerYear = ScenarioField.Uncertain(Sector + "degradationPerYear", FieldRanges.ShareBelowOne, "1/yr", "Yearly fractional loss of output.");

    /// <summary><c>sectors.*.failureHazardPerYear</c>.</summary>
    public static readonly ScenarioField FailureHazardPerYear = ScenarioField.Uncertain(Sector + "failureHazardPerYear", FieldRanges.Share, "1/yr", "Yearly probability that a project stops for good.");

    /// <summary><c>sectors.*.returnWithoutCredits</c>.</summary>
    public static readonly ScenarioField ReturnWithoutCredits = ScenarioField.Uncertain(Sector + "returnWithoutCredits", FieldRanges.Rate, "IRR (fraction)", "Project IRR without credit revenue.");

    /// <summary><c>sectors.*.emissionSource</c>.</summary>
    public static readonly ScenarioField EmissionSource = ScenarioField.Other(Sector + "emissionSource", ScenarioFieldKind.Choice,
        "electricityHeat, industryAndBuildings, industrialProcesses, transport, fugitive, agricultureMethane, waste, landUseForestry",
        "The national emission source the sector's projects displace (pipeline.nationalEmissions); its emissions × addressableShare are the sector's potential in a country.")
        with { Default = "none: no potential limit", Basis = ScenarioField.FormatDefault };

    /// <summary><c>sectors.*.addressableShare</c>.</summary>
    public static readonly ScenarioField AddressableShare = ScenarioField.Uncertain(Sector + "addressableShare", FieldRanges.Share, "share of the source",
        "Share of the source's emissions projects of JCM scale can address (drawn per trial).")
        with { Default = "1", Basis = ScenarioField.FormatDefault };

    /// <summary>Every field of a sector, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } =
        [Name, SizeTco2PerYear, CapexJpyPerTco2PerYear, LeadTimeYears, CreditingYears, PerformanceRatio, DegradationPerYear, FailureHazardPerYear, ReturnWithoutCredits, EmissionSource, AddressableShare];
}
