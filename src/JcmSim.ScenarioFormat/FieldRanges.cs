namespace JcmSim.ScenarioFormat;

/// <summary>
/// The named ranges of real-valued scenario fields: the field catalogue
/// (<see cref="Fields.ScenarioFields"/>) gives each field one of them, and the JSON Schema
/// (<c>jcmsim schema</c>) shares each as one definition. Domains follow the model (MODEL.md);
/// ceilings are <see cref="ScenarioLimits"/>.
/// </summary>
internal static class FieldRanges
{
    /// <summary>Expected reductions, tCO2 per year (sector sizes, cohorts).</summary>
    public static readonly ValueRange Tco2PerYear = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxTco2PerYear);

    /// <summary>Initial investment per tCO2/yr, JPY.</summary>
    public static readonly ValueRange CapexJpyPerTco2PerYear = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxCapexJpyPerTco2PerYear);

    /// <summary>An uncertain number of years (lead time, crediting period, readiness lag).</summary>
    public static readonly ValueRange UncertainYears = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxUncertainYears);

    /// <summary>A multiplier or factor ≥ 0 (performance ratio, budget and pipeline multipliers, price expectation).</summary>
    public static readonly ValueRange Factor = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxFactor);

    /// <summary>An elasticity of origination to the credit price: [0, 3].</summary>
    public static readonly ValueRange Elasticity = ValueRange.NonNegative.UpTo(3);

    /// <summary>A yearly loss fraction in [0, 1).</summary>
    public static readonly ValueRange ShareBelowOne = ValueRange.ShareBelowOne;

    /// <summary>A probability or share in [0, 1].</summary>
    public static readonly ValueRange Share = ValueRange.Share;

    /// <summary>A rate per year &gt; −1 (returns, hurdles, growth).</summary>
    public static readonly ValueRange Rate = ValueRange.Rate.UpTo(ScenarioLimits.MaxRatePerYear);

    /// <summary>A premium per year ≥ 0 (country risk).</summary>
    public static readonly ValueRange Premium = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxRatePerYear);

    /// <summary>Expected new partners per year.</summary>
    public static readonly ValueRange NewPartnersPerYear = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxNewPartnersPerYear);

    /// <summary>A number of partners (the cap on partners, rounded per trial).</summary>
    public static readonly ValueRange Partners = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxPartners);

    /// <summary>Expected opportunities per year of one country and sector.</summary>
    public static readonly ValueRange OpportunitiesPerYear = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxOpportunitiesPerCountryYear);

    /// <summary>A candidate's relative weight, &gt; 0.</summary>
    public static readonly ValueRange Weight = ValueRange.Positive.UpTo(ScenarioLimits.MaxWeight);

    /// <summary>A positive factor, at most <see cref="ScenarioLimits.MaxFactor"/>.</summary>
    public static readonly ValueRange PositiveFactor = ValueRange.Positive.UpTo(ScenarioLimits.MaxFactor);

    /// <summary>A net flux that may be negative (a sink), MtCO2e.</summary>
    public static readonly ValueRange NetEmissionsMt = new(-ScenarioLimits.MaxTco2PerYear, true, ScenarioLimits.MaxTco2PerYear, true, "a finite number (negative: a net sink)");

    /// <summary>A country's emissions of one source, MtCO2e, ≥ 0.</summary>
    public static readonly ValueRange EmissionsMt = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxTco2PerYear);

    /// <summary>Money per year or per project, JPY, ≥ 0.</summary>
    public static readonly ValueRange Jpy = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxJpy);

    /// <summary>A cap in JPY, &gt; 0.</summary>
    public static readonly ValueRange PositiveJpy = ValueRange.Positive.UpTo(ScenarioLimits.MaxJpy);

    /// <summary>A price or subsidy per tonne, JPY per tCO2, ≥ 0.</summary>
    public static readonly ValueRange JpyPerTco2 = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxJpyPerTco2);

    /// <summary>A cap per tonne, JPY per tCO2, &gt; 0.</summary>
    public static readonly ValueRange PositiveJpyPerTco2 = ValueRange.Positive.UpTo(ScenarioLimits.MaxJpyPerTco2);

    /// <summary>A percentile rank among all countries, in [0, 100].</summary>
    public static readonly ValueRange PercentileRank = new(0, true, 100, true, "[0, 100]");

    /// <summary>A rank correlation in [−1, 1].</summary>
    public static readonly ValueRange Correlation = new(-1, true, 1, true, "[−1, 1]");

    /// <summary>Yearly volatility σ of the log credit price.</summary>
    public static readonly ValueRange Volatility = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxVolatility);

    /// <summary>A target threshold, MtCO2, &gt; 0.</summary>
    public static readonly ValueRange ThresholdMt = ValueRange.Positive.UpTo(ScenarioLimits.MaxThresholdMt);

    /// <summary>Log-scale σ of a log-normal.</summary>
    public static readonly ValueRange LogNormalSigma = ValueRange.NonNegative.UpTo(ScenarioLimits.MaxLogNormalSigma);

    /// <summary>Shape α or β of a beta distribution.</summary>
    public static readonly ValueRange BetaShape = new(
        ScenarioLimits.MinBetaShape, true, ScenarioLimits.MaxBetaShape, true,
        $"from {ValueRange.FormatLimit(ScenarioLimits.MinBetaShape)} to {ValueRange.FormatLimit(ScenarioLimits.MaxBetaShape)}");
}
