namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The columns of the <c>partners</c> table: countries with a signed JCM document.</summary>
internal static class PartnerFields
{
    /// <summary>A country code: ISO 3166-1 alpha-3, assigned, not Japan.</summary>
    public const string CountryCodeRule = "an assigned ISO 3166-1 alpha-3 code, e.g. THA; not JPN";

    /// <summary><c>partners[*].code</c>.</summary>
    public static readonly ScenarioField Code = ScenarioField.Other("partners[*].code", ScenarioFieldKind.CountryCode, CountryCodeRule, "The partner's country code; once per table.");

    /// <summary><c>partners[*].nameEn</c>.</summary>
    public static readonly ScenarioField NameEn = ScenarioField.Other("partners[*].nameEn", ScenarioFieldKind.Text, "text", "English name.");

    /// <summary><c>partners[*].nameJa</c>.</summary>
    public static readonly ScenarioField NameJa = ScenarioField.Other("partners[*].nameJa", ScenarioFieldKind.Text, "text", "Japanese name.") with { Default = "none", Basis = ScenarioField.FormatDefault };

    /// <summary><c>partners[*].region</c>.</summary>
    public static readonly ScenarioField Region = ScenarioField.Other("partners[*].region", ScenarioFieldKind.Text, "text", "Region, for tables and charts.");

    /// <summary><c>partners[*].signingYear</c>.</summary>
    public static readonly ScenarioField SigningYear = ScenarioField.Year("partners[*].signingYear", "Fiscal year the bilateral document was signed.");

    /// <summary><c>partners[*].agreementEndYear</c>.</summary>
    public static readonly ScenarioField AgreementEndYear = ScenarioField.Year("partners[*].agreementEndYear", "Last fiscal year of the agreement (≥ signingYear); empty = open-ended.")
        with { Default = "open-ended", Basis = "assumption: an absent end year is an open-ended document, like those signed since FY2022" };

    /// <summary><c>partners[*].source</c>.</summary>
    public static readonly ScenarioField Source = ScenarioField.Other("partners[*].source", ScenarioFieldKind.Text, "text", "Where the signing date comes from: the ids of scenarios/sources.csv, then ' — ' and what they say; ignored by the model.") with { Default = "empty", Basis = ScenarioField.FormatDefault };

    /// <summary>Every column, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [Code, NameEn, NameJa, Region, SigningYear, AgreementEndYear, Source];
}
