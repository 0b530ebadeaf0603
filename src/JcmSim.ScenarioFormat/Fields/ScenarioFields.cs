using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// The catalogue of scenario fields: every field of the format once, by section, in the order of
/// the format (the field tables of <c>scenarios/README.md</c> follow it).
/// </summary>
internal static class ScenarioFields
{
    /// <summary>The sections with their fields.</summary>
    public static IReadOnlyList<ScenarioFieldSection> Sections { get; } =
    [
        new("Heading fields", HeadingFields.All),
        new("Horizon and accounting fields", HorizonFields.All),
        new("Sector fields", SectorFields.All),
        new("Partner fields", PartnerFields.All),
        new("Country parameter fields", [.. CountryFields.Defaults, .. CountryFields.Overrides]),
        new("Expansion fields", ExpansionFields.All),
        new("Agreement fields", AgreementFields.All),
        new("Pipeline fields", PipelineFields.All),
        new("Finance channel fields", ChannelFields.All),
        new("Credit and credit-price fields", [.. CreditFields.Credits, .. CreditFields.Price]),
        new("Existing portfolio fields", PortfolioFields.All),
        new("Study fields", StudyFields.All),
        new("Observation fields", ObservationFields.All),
    ];

    /// <summary>Every field.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [.. Sections.SelectMany(s => s.Fields)];

    /// <summary>
    /// The range of every input a study can vary, by the input path's last segment (the field it
    /// stands for): <c>partners.THA.hostRetentionShare</c> is a <c>hostRetentionShare</c> wherever it was set.
    /// </summary>
    public static IReadOnlyDictionary<string, ValueRange> StudyRanges { get; } = All
        .Where(f => (f.Kind is ScenarioFieldKind.Distribution or ScenarioFieldKind.Lever || ScenarioLevers.ValueLevers.Contains(f.Path)) && f.Range is not null)
        .GroupBy(f => f.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(f => f.Values).Distinct().Single(), StringComparer.Ordinal);

    /// <summary>The range a study distribution of the input at <paramref name="inputPath"/> must lie in.</summary>
    public static ValueRange StudyRange(string inputPath) => StudyRanges[inputPath[(inputPath.LastIndexOf('.') + 1)..]];
}
