namespace JcmSim.ScenarioFormat;

/// <summary>
/// The hard limits the loader puts on scenario input besides each field's domain. They are far
/// beyond any plausible JCM scenario; their job is to turn typos, unit mistakes and hostile files
/// into a clear message before they overflow the model's integer arithmetic (years, counts), exhaust
/// memory or make a run take forever. The JSON Schema (<c>jcmsim schema</c>) states the same numbers.
/// </summary>
/// <remarks>
/// A limit on an uncertain field applies to the largest value the sampler can actually draw: the
/// upper end of a bounded distribution, and for a normal or log-normal without an upper bound the
/// value at the largest standard-normal quantile the counter-based generator can reach
/// (<see cref="LargestStandardNormalDraw"/>, about 8.3), so a limit that passes can never be exceeded
/// by a draw.
/// </remarks>
public static class ScenarioLimits
{
    /// <summary>Largest scenario or data file read, in bytes (8 MiB; the baseline and its tables are about 60 kB).</summary>
    public const long MaxFileBytes = 8L * 1024 * 1024;

    /// <summary>Deepest nesting of YAML mappings and sequences (the scenario format needs five).</summary>
    public const int MaxYamlDepth = 64;

    /// <summary>Most YAML values one file may expand to, aliases included (guards against "billion laughs").</summary>
    public const int MaxYamlNodes = 1_000_000;

    /// <summary>Longest chain of <c>extends:</c> bases.</summary>
    public const int MaxExtendsDepth = 32;

    /// <summary>Most problems reported for one scenario; the rest are counted.</summary>
    public const int MaxReportedErrors = 500;

    /// <summary>Longest text value (titles, names, questions), in characters.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Longest identifier (sector, channel, archetype), in characters.</summary>
    public const int MaxIdentifierLength = 64;

    /// <summary>Most simulated fiscal years (horizon.firstYear … horizon.lastYear).</summary>
    public const int MaxHorizonYears = 100;

    /// <summary>Most sectors.</summary>
    public const int MaxSectors = 100;

    /// <summary>Most finance channels.</summary>
    public const int MaxChannels = 100;

    /// <summary>Most inputs an <c>uncertainties:</c> block names (a Sobol design costs inputs + 2 runs per sample).</summary>
    public const int MaxStudyInputs = 200;

    /// <summary>Most existing-portfolio cohorts (rows).</summary>
    public const int MaxCohorts = 100_000;

    /// <summary>Largest yearly count or number of years for whole-number fields such as lags, terms and extensions.</summary>
    public const int MaxYearsSpan = 1000;

    /// <summary>Largest <c>expansion.maxPartners</c> (ISO 3166-1 has 249 codes; the limit leaves room).</summary>
    public const int MaxPartners = 1000;

    /// <summary>Largest expected number of opportunities of one country in one trial and year (all draws at their largest).</summary>
    public const double MaxOpportunitiesPerCountryYear = 10_000;

    /// <summary>Largest expected number of opportunities of all countries in one trial and year (all draws at their largest).</summary>
    public const double MaxOpportunitiesPerYear = 100_000;

    /// <summary>Largest size of a project or cohort, tCO2 per year (25 times the world's emissions).</summary>
    public const double MaxTco2PerYear = 1e12;

    /// <summary>Largest initial investment per tCO2/yr of expected reductions, JPY.</summary>
    public const double MaxCapexJpyPerTco2PerYear = 1e12;

    /// <summary>Largest amount of money (budgets, caps), JPY.</summary>
    public const double MaxJpy = 1e16;

    /// <summary>Largest credit price or subsidy per tonne, JPY per tCO2.</summary>
    public const double MaxJpyPerTco2 = 1e12;

    /// <summary>Largest rate per year (returns, hurdles, premiums, growth): 100 is 10,000 % a year.</summary>
    public const double MaxRatePerYear = 100;

    /// <summary>Largest multiplier or factor without a natural bound (budget multiplier, performance ratio, expectation factor).</summary>
    public const double MaxFactor = 1000;

    /// <summary>Largest uncertain number of years (lead time, crediting period, readiness lag).</summary>
    public const double MaxUncertainYears = 200;

    /// <summary>Largest yearly volatility σ of the log credit price (σ = 2 moves the price sevenfold in one standard deviation).</summary>
    public const double MaxVolatility = 2;

    /// <summary>Largest expected number of new partners per year.</summary>
    public const double MaxNewPartnersPerYear = 1000;

    /// <summary>Largest relative weight or potential scale of a candidate.</summary>
    public const double MaxWeight = 1e6;

    /// <summary>Largest target threshold, MtCO2.</summary>
    public const double MaxThresholdMt = 1e9;

    /// <summary>Largest log-scale σ of a log-normal (e^(8.3·10) already spans 36 orders of magnitude).</summary>
    public const double MaxLogNormalSigma = 10;

    /// <summary>Smallest and largest shape parameter α, β of a beta distribution (outside, the gamma sampler loses all precision).</summary>
    public const double MinBetaShape = 0.01;

    /// <inheritdoc cref="MinBetaShape"/>
    public const double MaxBetaShape = 1e6;

    /// <summary>
    /// The largest standard-normal value the samplers produce: the normal quantile of the largest
    /// double below 1, 1 − 2⁻⁵³ (about 8.2), which bounds every uniform the counter-based generator
    /// returns below 1.
    /// </summary>
    public static double LargestStandardNormalDraw { get; } = JcmSim.Model.Distributions.SpecialFunctions.NormalQuantile(1 - Math.Pow(2, -53));
}
