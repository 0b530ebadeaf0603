namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The <c>credits</c> and <c>creditPrice</c> sections: issuance, allocation and the price investors see.</summary>
internal static class CreditFields
{
    /// <summary><c>credits.conservativenessFactor</c>.</summary>
    public static readonly ScenarioField ConservativenessFactor = ScenarioField.Uncertain("credits.conservativenessFactor", FieldRanges.Share, "credits ÷ realised reductions", "Credited ÷ realised reductions.");

    /// <summary><c>credits.issuanceLagYears</c>.</summary>
    public static readonly ScenarioField IssuanceLagYears = ScenarioField.Whole("credits.issuanceLagYears", WholeNumberRange.YearsOrNone, "years", "Years between a reduction and its issuance.");

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
    public static IReadOnlyList<ScenarioField> Credits { get; } = [ConservativenessFactor, IssuanceLagYears, Allocation, FixedJapanShare, OmgeCancellationShare, CountReductionsOutsideFramework];

    /// <summary>Every field of <c>creditPrice</c>, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioField> Price { get; } = [TrendJpyPerTco2, Volatility, Persistence];
}
