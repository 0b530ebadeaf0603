namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// The <c>pipeline.nationalEmissions</c> table: partners' and candidates' emissions by source, the base of
/// their mitigation potential per sector (the columns of data/national-emissions.csv).
/// </summary>
internal static class EmissionsFields
{
    private const string Row = "pipeline.nationalEmissions[*].";

    /// <summary>Unit of every emissions column.</summary>
    private const string Unit = "MtCO2e";

    /// <summary>Not read by the model: the other CAIT columns the file keeps for checking its sums.</summary>
    private const string Unused = "Kept for checking the file's sums; not read by the model.";

    /// <summary><c>pipeline.nationalEmissions[*].code</c>.</summary>
    public static readonly ScenarioField Code = ScenarioField.Other(Row + "code", ScenarioFieldKind.CountryCode, PartnerFields.CountryCodeRule, "A partner's or candidate's code; one row each.");

    /// <summary><c>pipeline.nationalEmissions[*].year</c>.</summary>
    public static readonly ScenarioField Year = ScenarioField.Year(Row + "year", "Calendar year of the data.");

    /// <summary><c>pipeline.nationalEmissions[*].nameEn</c>.</summary>
    public static readonly ScenarioField NameEn = Text("nameEn", "Country name, for reading the file.");

    /// <summary><c>pipeline.nationalEmissions[*].role</c>.</summary>
    public static readonly ScenarioField Role = Text("role", "partner or candidate, for reading the file.");

    /// <summary><c>pipeline.nationalEmissions[*].source</c>.</summary>
    public static readonly ScenarioField Source = Text("source", "Id of the dataset in scenarios/sources.csv.");

    /// <summary><c>pipeline.nationalEmissions[*].electricityHeatMt</c>: the base of power-sector projects.</summary>
    public static readonly ScenarioField ElectricityHeatMt = Emissions("electricityHeatMt", "Public electricity and heat.");

    /// <summary><c>pipeline.nationalEmissions[*].manufacturingConstructionMt</c>.</summary>
    public static readonly ScenarioField ManufacturingConstructionMt = Emissions("manufacturingConstructionMt", "Fuel burnt in manufacturing and construction.");

    /// <summary><c>pipeline.nationalEmissions[*].industrialProcessesMt</c>.</summary>
    public static readonly ScenarioField IndustrialProcessesMt = Emissions("industrialProcessesMt", "Industrial process emissions.");

    /// <summary><c>pipeline.nationalEmissions[*].buildingsMt</c>.</summary>
    public static readonly ScenarioField BuildingsMt = Emissions("buildingsMt", "Fuel burnt in buildings.");

    /// <summary><c>pipeline.nationalEmissions[*].transportMt</c>.</summary>
    public static readonly ScenarioField TransportMt = Emissions("transportMt", "Transport.");

    /// <summary><c>pipeline.nationalEmissions[*].fugitiveMt</c>.</summary>
    public static readonly ScenarioField FugitiveMt = Emissions("fugitiveMt", "Fugitive emissions.");

    /// <summary><c>pipeline.nationalEmissions[*].agricultureMethaneMt</c>.</summary>
    public static readonly ScenarioField AgricultureMethaneMt = Emissions("agricultureMethaneMt", "Methane of agriculture.");

    /// <summary><c>pipeline.nationalEmissions[*].wasteMt</c>.</summary>
    public static readonly ScenarioField WasteMt = Emissions("wasteMt", "Waste.");

    /// <summary><c>pipeline.nationalEmissions[*].lucfMt</c>: net, negative for a net sink.</summary>
    public static readonly ScenarioField LucfMt = ScenarioField.Number(Row + "lucfMt", FieldRanges.NetEmissionsMt, Unit, "Net land-use change and forestry flux (negative: net sink); its magnitude is the base of forestry.")
        with { Default = "empty: no potential limit", Basis = "source: climate-watch-cait-2021 — empty where the dataset reports nothing" };

    /// <summary><c>pipeline.nationalEmissions[*].totalExclLucfMt</c>.</summary>
    public static readonly ScenarioField TotalExclLucfMt = Emissions("totalExclLucfMt", Unused);

    /// <summary><c>pipeline.nationalEmissions[*].energyMt</c>.</summary>
    public static readonly ScenarioField EnergyMt = Emissions("energyMt", Unused);

    /// <summary><c>pipeline.nationalEmissions[*].otherFuelCombustionMt</c>.</summary>
    public static readonly ScenarioField OtherFuelCombustionMt = Emissions("otherFuelCombustionMt", Unused);

    /// <summary><c>pipeline.nationalEmissions[*].agricultureMt</c>.</summary>
    public static readonly ScenarioField AgricultureMt = Emissions("agricultureMt", Unused);

    /// <summary>The emissions columns.</summary>
    public static IReadOnlyList<ScenarioField> Sources { get; } =
        [ElectricityHeatMt, ManufacturingConstructionMt, IndustrialProcessesMt, BuildingsMt, TransportMt, FugitiveMt, AgricultureMethaneMt, WasteMt, LucfMt,
         TotalExclLucfMt, EnergyMt, OtherFuelCombustionMt, AgricultureMt];

    /// <summary>Every column of the table.</summary>
    public static IReadOnlyList<ScenarioField> Columns { get; } = [Code, Year, NameEn, Role, .. Sources, Source];

    private static ScenarioField Text(string column, string description) =>
        ScenarioField.Other(Row + column, ScenarioFieldKind.Text, "text", description) with { Default = "empty", Basis = ScenarioField.FormatDefault };

    private static ScenarioField Emissions(string column, string description) =>
        ScenarioField.Number(Row + column, FieldRanges.EmissionsMt, Unit, description)
            with { Default = "empty: no potential limit", Basis = "source: climate-watch-cait-2021 — empty where the dataset reports nothing" };
}
