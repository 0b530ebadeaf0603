namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The <c>credits</c> and <c>creditPrice</c> sections: issuance, allocation and the price investors see.</summary>
internal static class CreditFields
{
    /// <summary><c>credits.conservativenessFactor</c>.</summary>
    public static readonly ScenarioField ConservativenessFactor = ScenarioField.Uncertain("credits.conservativenessFactor", FieldRanges.Share, "credits ÷ realised reductions", "Credited ÷ realised reductions.");

    /// <summary><c>credits.issuanceLagYears</c>.</summary>
    public static readonly ScenarioField IssuanceLagYears = ScenarioField.Whole("credits.issuanceLagYears", WholeNumberRange.YearsOrNone, "years",
        "Years from the end of a monitoring period to the issuance decision (verification and the Joint Committee's decision).");

    /// <summary><c>credits.registrationLagYears</c>.</summary>
    public static readonly ScenarioField RegistrationLagYears = ScenarioField.Uncertain("credits.registrationLagYears", FieldRanges.UncertainYears, "years after the start of operation",
        "Years from a project's start of operation to its registration, per project (rounded); earlier reductions are not credited (default 0).")
        with { Default = "0", Basis = ScenarioField.FormatDefault };

    /// <summary><c>credits.firstMonitoringPeriodYears</c>.</summary>
    public static readonly ScenarioField FirstMonitoringPeriodYears = ScenarioField.Uncertain("credits.firstMonitoringPeriodYears", FieldRanges.UncertainYears, "years",
        "Years of reductions a project's first issuance request covers, per project (rounded, at least 1): a late first request covers many years (default 1).")
        with { Default = "1", Basis = ScenarioField.FormatDefault };

    /// <summary><c>credits.monitoringPeriodYears</c>.</summary>
    public static readonly ScenarioField MonitoringPeriodYears = ScenarioField.Uncertain("credits.monitoringPeriodYears", FieldRanges.UncertainYears, "years",
        "Years each later issuance request covers, per project (rounded, at least 1) (default 1).")
        with { Default = "1", Basis = ScenarioField.FormatDefault };

    /// <summary><c>credits.requestProbability</c>.</summary>
    public static readonly ScenarioField RequestProbability = ScenarioField.Uncertain("credits.requestProbability", FieldRanges.Share, "probability per project",
        "Probability that a registered project ever requests issuance, per trial; projects that never request are never credited, their reductions still count (default 1).")
        with { Default = "1", Basis = ScenarioField.FormatDefault };

    /// <summary><c>credits.allocation</c>.</summary>
    public static readonly ScenarioField Allocation = ScenarioField.Other("credits.allocation", ScenarioFieldKind.Choice,
        string.Join(", ", Enum.GetNames<JcmSim.Model.Credits.AllocationPolicyKind>().Select(ValueReader.CamelCase)), "How credits are split between Japan and the host.");

    /// <summary><c>credits.fixedJapanShare</c>.</summary>
    public static readonly ScenarioField FixedJapanShare = ScenarioField.Uncertain("credits.fixedJapanShare", FieldRanges.Share, "share", "Japan's share under fixedSplit (default 0.5).")
        with { Default = "0.5", Basis = "assumption: an even split; used only by fixedSplit" };

    /// <summary><c>credits.omgeCancellationShare</c>.</summary>
    public static readonly ScenarioField OmgeCancellationShare = ScenarioField.Number("credits.omgeCancellationShare", FieldRanges.Share, "share", "Share cancelled for overall mitigation (default 0).")
        with { Default = "0", Basis = "source: moej-cop26-2021 — OMGE is voluntary under Article 6.2" };

    /// <summary><c>credits.countReductionsOutsideFramework</c>.</summary>
    public static readonly ScenarioField CountReductionsOutsideFramework = ScenarioField.Other("credits.countReductionsOutsideFramework", ScenarioFieldKind.Boolean, "true, false",
        "Whether reductions before the partner is ready under Article 6, or after a lapse that stops issuance, count toward the targets (default false).")
        with { Default = "false", Basis = "assumption: only reductions that can become JCM credits are JCM reductions (corresponding adjustments need an authorised framework, moej-press-2025-06-30)" };

    /// <summary><c>creditPrice.trendJpyPerTco2</c>.</summary>
    public static readonly ScenarioField TrendJpyPerTco2 = ScenarioField.OverYears("creditPrice.trendJpyPerTco2", FieldRanges.JpyPerTco2, "JPY/tCO2", "Trend of the price, JPY per tCO2: a number or {year: value, …}.");

    /// <summary><c>creditPrice.volatility</c>.</summary>
    public static readonly ScenarioField Volatility = ScenarioField.Uncertain("creditPrice.volatility", FieldRanges.Volatility, "σ of log price per year", "Yearly σ of the log price.");

    /// <summary><c>creditPrice.persistence</c>.</summary>
    public static readonly ScenarioField Persistence = ScenarioField.Number("creditPrice.persistence", FieldRanges.Share, "AR(1) coefficient", "Persistence φ of the log deviation (default 0.8).")
        with { Default = "0.8", Basis = "assumption: range 0.6–0.95, shocks persist for years" };

    /// <summary>Every field of <c>credits</c>, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> Credits { get; } = [ConservativenessFactor, IssuanceLagYears, RegistrationLagYears, FirstMonitoringPeriodYears, MonitoringPeriodYears, RequestProbability, Allocation, FixedJapanShare, OmgeCancellationShare, CountReductionsOutsideFramework];

    /// <summary>Every field of <c>creditPrice</c>, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> Price { get; } = [TrendJpyPerTco2, Volatility, Persistence];
}
