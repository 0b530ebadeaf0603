namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The <c>expansion</c> section: how new partner countries join, and the <c>candidates</c> that may.</summary>
internal static class ExpansionFields
{
    /// <summary><c>expansion.startYear</c>.</summary>
    public static readonly ScenarioField StartYear = ScenarioField.Year("expansion.startYear", "First fiscal year new partners can join (≤ horizon.lastYear).");

    /// <summary><c>expansion.newPartnersPerYear</c>.</summary>
    public static readonly ScenarioField NewPartnersPerYear = ScenarioField.Uncertain("expansion.newPartnersPerYear", FieldRanges.NewPartnersPerYear, "partners/yr (Poisson rate)", "Expected new partners per year.");

    /// <summary><c>expansion.maxPartners</c>.</summary>
    public static readonly ScenarioField MaxPartners = ScenarioField.Uncertain("expansion.maxPartners", FieldRanges.Partners, "partners", "Upper bound on the number of partners (known and new); a distribution is drawn per trial and rounded to whole partners.");

    /// <summary><c>expansion.agreementTermYears</c>.</summary>
    public static readonly ScenarioField AgreementTermYears = ScenarioField.Whole("expansion.agreementTermYears", WholeNumberRange.Years, "years", "Agreement length of a new partner; absent = open-ended.")
        with { Default = "open-ended", Basis = "assumption: new documents are open-ended like those since FY2022" };

    /// <summary><c>expansion.newPartnerOpportunitiesPerYear.*</c>: one entry per sector id.</summary>
    public static readonly ScenarioField NewPartnerOpportunitiesPerYear = ScenarioField.Number("expansion.newPartnerOpportunitiesPerYear.*", FieldRanges.OpportunitiesPerYear, "opportunities/yr", "Sector id → expected opportunities per year of a new partner whose emissions of the sector's source equal the known partners' median.")
        with { Default = "none", Basis = "assumption: a sector not named gets no opportunities in new partners" };

    /// <summary>The per-country parameters of new partners (<see cref="CountryFields"/>).</summary>
    public static IReadOnlyList<ScenarioField> CountryParameters { get; } =
        [.. CountryFields.Defaults.Select(f => CountryFields.Under(f, "expansion", "countryDefaults", "assumption: new partners are like the known ones unless the scenario says otherwise"))];

    /// <summary><c>expansion.candidates[*].code</c>.</summary>
    public static readonly ScenarioField CandidateCode = ScenarioField.Other("expansion.candidates[*].code", ScenarioFieldKind.CountryCode, PartnerFields.CountryCodeRule, "The candidate's country code; not a partner already.");

    /// <summary><c>expansion.candidates[*].nameEn</c>.</summary>
    public static readonly ScenarioField CandidateNameEn = PartnerFields.NameEn with { Path = "expansion.candidates[*].nameEn" };

    /// <summary><c>expansion.candidates[*].nameJa</c>.</summary>
    public static readonly ScenarioField CandidateNameJa = PartnerFields.NameJa with { Path = "expansion.candidates[*].nameJa" };

    /// <summary><c>expansion.candidates[*].region</c>.</summary>
    public static readonly ScenarioField CandidateRegion = PartnerFields.Region with { Path = "expansion.candidates[*].region" };

    /// <summary><c>expansion.candidates[*].weight</c>.</summary>
    public static readonly ScenarioField Weight = ScenarioField.Number("expansion.candidates[*].weight", FieldRanges.Weight, "relative", "Relative likelihood that the candidate is the next to join.");

    /// <summary><c>expansion.potentialElasticity</c>.</summary>
    public static readonly ScenarioField PotentialElasticity = ScenarioField.Number("expansion.potentialElasticity", FieldRanges.Elasticity, "elasticity",
        "A new partner's opportunities scale with (its emissions of the sector's source ÷ the known partners' median)^this (pipeline.nationalEmissions).")
        with { Default = "1", Basis = ScenarioField.FormatDefault };

    /// <summary><c>expansion.readinessCapacitySensitivity</c>.</summary>
    public static readonly ScenarioField ReadinessCapacitySensitivity = ScenarioField.Uncertain("expansion.readinessCapacitySensitivity", FieldRanges.Share, "share of the lag",
        "Sensitivity s of a new partner's readiness lag to its institutional capacity (per trial): the lag drawn is multiplied by 1 + s · (1 − 2q), q = its percentile rank ÷ 100 (expansion.institutionalCapacity); 0 = no effect.")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>expansion.institutionalCapacity</c>.</summary>
    public static readonly ScenarioField InstitutionalCapacity = ScenarioField.Other("expansion.institutionalCapacity", ScenarioFieldKind.File, "{file: CSV path} or inline rows",
        "Partners' and candidates' government effectiveness (columns: expansion.institutionalCapacity[*]); a candidate without a row keeps its readiness lag unscaled.")
        with { Default = "none: lags not scaled", Basis = ScenarioField.FormatDefault };

    /// <summary><c>expansion.candidates[*].reason</c>.</summary>
    public static readonly ScenarioField Reason = ScenarioField.Other("expansion.candidates[*].reason", ScenarioFieldKind.Text, "text", "Why the candidate might join; ignored by the model.") with { Default = "empty", Basis = ScenarioField.FormatDefault };

    /// <summary>The columns of the candidates table.</summary>
    public static IReadOnlyList<ScenarioField> Candidates { get; } = [CandidateCode, CandidateNameEn, CandidateNameJa, CandidateRegion, Weight, Reason];

    /// <summary>Every field of the section, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } =
        [StartYear, NewPartnersPerYear, MaxPartners, AgreementTermYears, NewPartnerOpportunitiesPerYear, PotentialElasticity, .. CountryParameters,
         ReadinessCapacitySensitivity, .. Candidates, InstitutionalCapacity, .. CapacityFields.Columns];
}
