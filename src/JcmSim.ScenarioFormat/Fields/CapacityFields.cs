namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// The <c>expansion.institutionalCapacity</c> table: partners' and candidates' government effectiveness, which scales a
/// new partner's Article 6 readiness lag (the columns of data/institutional-capacity.csv).
/// </summary>
internal static class CapacityFields
{
    private const string Row = "expansion.institutionalCapacity[*].";

    /// <summary>Not read by the model: the columns the file keeps for reading and for the estimate's uncertainty.</summary>
    private const string Unused = "Kept for reading the file; not read by the model.";

    /// <summary><c>expansion.institutionalCapacity[*].code</c>.</summary>
    public static readonly ScenarioField Code = ScenarioField.Other(Row + "code", ScenarioFieldKind.CountryCode, PartnerFields.CountryCodeRule, "A partner's or candidate's code; one row each.");

    /// <summary><c>expansion.institutionalCapacity[*].year</c>.</summary>
    public static readonly ScenarioField Year = ScenarioField.Year(Row + "year", "Calendar year of the estimate.");

    /// <summary><c>expansion.institutionalCapacity[*].percentileRank</c>: what the model reads.</summary>
    public static readonly ScenarioField PercentileRank = ScenarioField.Number(Row + "percentileRank", FieldRanges.PercentileRank, "percentile",
        "Rank of the country's government effectiveness among all countries, 0 (lowest) to 100 (highest); q = rank ÷ 100 scales a new partner's readiness lag (expansion.readinessCapacitySensitivity).");

    /// <summary><c>expansion.institutionalCapacity[*].governmentEffectiveness</c>.</summary>
    public static readonly ScenarioField GovernmentEffectiveness = ScenarioField.Number(Row + "governmentEffectiveness", ValueRange.Finite, "standard normal units", "The estimate itself (about −2.5 to +2.5). " + Unused)
        with { Default = "empty", Basis = ScenarioField.FormatDefault };

    /// <summary><c>expansion.institutionalCapacity[*].standardError</c>.</summary>
    public static readonly ScenarioField StandardError = ScenarioField.Number(Row + "standardError", ValueRange.NonNegative, "standard normal units", "Standard error of the estimate. " + Unused)
        with { Default = "empty", Basis = ScenarioField.FormatDefault };

    /// <summary><c>expansion.institutionalCapacity[*].sources</c>.</summary>
    public static readonly ScenarioField Surveys = ScenarioField.Number(Row + "sources", ValueRange.NonNegative, "surveys", "Number of source surveys behind the estimate. " + Unused)
        with { Default = "empty", Basis = ScenarioField.FormatDefault };

    /// <summary><c>expansion.institutionalCapacity[*].nameEn</c>.</summary>
    public static readonly ScenarioField NameEn = Text("nameEn", "Country name, for reading the file.");

    /// <summary><c>expansion.institutionalCapacity[*].role</c>.</summary>
    public static readonly ScenarioField Role = Text("role", "partner or candidate, for reading the file.");

    /// <summary><c>expansion.institutionalCapacity[*].source</c>.</summary>
    public static readonly ScenarioField Source = Text("source", "Id of the dataset in scenarios/sources.csv.");

    /// <summary>Every column of the table.</summary>
    public static IReadOnlyList<ScenarioField> Columns { get; } = [Code, NameEn, Role, Year, GovernmentEffectiveness, StandardError, PercentileRank, Surveys, Source];

    private static ScenarioField Text(string column, string description) =>
        ScenarioField.Other(Row + column, ScenarioFieldKind.Text, "text", description) with { Default = "empty", Basis = ScenarioField.FormatDefault };
}
