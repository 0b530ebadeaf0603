namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// The per-country parameters, stated once and found under three paths: <c>countryDefaults</c>
/// (every partner), <c>countryOverrides.*</c> (one partner) and <c>expansion</c> (new partners).
/// </summary>
internal static class CountryFields
{
    /// <summary><c>countryDefaults.article6ReadinessLagYears</c>.</summary>
    public static readonly ScenarioField Article6ReadinessLagYears = ScenarioField.Uncertain("countryDefaults.article6ReadinessLagYears", FieldRanges.UncertainYears, "years after signing", "Years from signing until credits can be issued as ITMOs.");

    /// <summary><c>countryDefaults.hostRetentionShare</c>.</summary>
    public static readonly ScenarioField HostRetentionShare = ScenarioField.Uncertain("countryDefaults.hostRetentionShare", FieldRanges.Share, "share", "Share of credits the host keeps under hostFirst allocation.");

    /// <summary><c>countryDefaults.countryRiskPremium</c>.</summary>
    public static readonly ScenarioField CountryRiskPremium = ScenarioField.Uncertain("countryDefaults.countryRiskPremium", FieldRanges.Premium, "1/yr added to hurdle rates", "Premium on private investors' hurdle rate in the country.");

    /// <summary>The parameters of <c>countryDefaults</c>, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> Defaults { get; } = [Article6ReadinessLagYears, HostRetentionShare, CountryRiskPremium];

    /// <summary>The same parameters for one partner, <c>countryOverrides.*</c>.</summary>
    public static IReadOnlyList<ScenarioField> Overrides { get; } = [.. Defaults.Select(f => Under(f, "countryOverrides.*", "countryDefaults", "the partner's own value replaces the default"))];

    /// <summary>The key of each per-country parameter.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Defaults.Select(f => f.Key)];

    /// <summary><paramref name="field"/> under <paramref name="section"/>, taking the default from <paramref name="from"/>.</summary>
    public static ScenarioField Under(ScenarioField field, string section, string from, string basis) =>
        field with { Path = $"{section}.{field.Key}", Default = from, Basis = basis };
}
