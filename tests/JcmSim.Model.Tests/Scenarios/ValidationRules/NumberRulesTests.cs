using JcmSim.ScenarioFormat;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Scenarios.ValidationRules;

/// <summary>
/// Numbers that no scenario can mean: NaN, infinities, values too large for a double, magnitudes
/// that would overflow the model's arithmetic, and distributions that can draw such values.
/// </summary>
public sealed class NumberRulesTests : IDisposable
{
    private const string Main = ScenarioFiles.Main;
    private readonly ScenarioFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData(".nan")]
    [InlineData(".NaN")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData("+.Inf")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void Nan_and_infinities_are_not_finite_numbers(string literal)
    {
        _files.Replace(Main, "  growthRatePerYear: 0.02", $"  growthRatePerYear: {literal}");

        var error = _files.SingleError();

        Assert.Equal(("pipeline.growthRatePerYear", $"expected a finite number, got {literal}"), (error.FieldPath, error.Problem));
    }

    [Fact]
    public void Nan_inside_a_distribution_names_the_parameter()
    {
        _files.Replace(Main, "{dist: uniform, min: 0, max: 0.01}", "{dist: uniform, min: 0, max: .nan}");

        var error = _files.SingleError();

        Assert.Equal("sectors.solar.failureHazardPerYear.max", error.FieldPath);
        Assert.StartsWith("expected a finite number", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_too_large_for_a_double_is_not_finite()
    {
        _files.Replace(Main, "  multiplier: 1\n", "  multiplier: 1e400\n");

        var error = _files.SingleError();

        Assert.Equal("pipeline.multiplier", error.FieldPath);
        Assert.Equal("expected a finite number, got 1e400 (too large for a number)", error.Problem);
    }

    [Theory]
    [InlineData("    perProjectCapJpy: 2.0e9", "    perProjectCapJpy: 1e20", "channels.moej.perProjectCapJpy", "1e16")]
    [InlineData("creditPrice: {trendJpyPerTco2: 2000, volatility: 0.2}", "creditPrice: {trendJpyPerTco2: 1e13, volatility: 0.2}", "creditPrice.trendJpyPerTco2", "1e12")]
    [InlineData("creditPrice: {trendJpyPerTco2: 2000, volatility: 0.2}", "creditPrice: {trendJpyPerTco2: 2000, volatility: 3}", "creditPrice.volatility", "2")]
    [InlineData("    - {fiscalYear: 2030, thresholdMt: 1}", "    - {fiscalYear: 2030, thresholdMt: 1e10}", "accounting.targets[0].thresholdMt", "1e9")]
    [InlineData("  newPartnersPerYear: 0.5", "  newPartnersPerYear: 5000", "expansion.newPartnersPerYear", "1,000")]
    [InlineData("    returnWithoutCredits: 0.08", "    returnWithoutCredits: 250", "sectors.efficiency.returnWithoutCredits", "100")]
    [InlineData("    leadTimeYears: 1\n    creditingYears: 10\n    performanceRatio: 1", "    leadTimeYears: 1e9\n    creditingYears: 10\n    performanceRatio: 1", "sectors.efficiency.leadTimeYears", "200")]
    [InlineData("  countryRiskPremium: 0.02", "  countryRiskPremium: 1e6", "countryDefaults.countryRiskPremium", "100")]
    [InlineData("    annualBudgetJpy: 1.0e9", "    annualBudgetJpy: 1.0e17", "channels.house.annualBudgetJpy", "1e16")]
    [InlineData("    creditPriceExpectationFactor: 1", "    creditPriceExpectationFactor: 1e5", "channels.house.creditPriceExpectationFactor", "1,000")]
    public void Magnitude_beyond_the_field_limit_is_refused(string oldText, string newText, string field, string limit)
    {
        _files.Replace(Main, oldText, newText);

        var error = _files.SingleError();

        Assert.Equal(field, error.FieldPath);
        Assert.Contains($"above the limit of {limit} for this field", error.Problem, StringComparison.Ordinal);
        Assert.EndsWith($"at most {limit}", error.Allowed, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_magnitude_beyond_the_limit_points_at_the_cell()
    {
        _files.Replace("data/portfolio.csv", "3,2020,30000,17", "3,2020,3e15,17");

        var error = _files.SingleError();

        Assert.Equal((_files.PathOf("data/portfolio.csv"), "existingPortfolio[0].sizeTco2PerYear"), (error.File, error.FieldPath));
        Assert.Contains("above the limit of 1e12", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Lognormal_that_can_draw_beyond_the_limit_is_refused_with_its_largest_draw()
    {
        _files.Replace(Main, "{dist: lognormal, median: 3000, sigma: 0.5}", "{dist: lognormal, median: 1e9, sigma: 2}");

        var error = _files.SingleError();

        Assert.Equal("sectors.solar.sizeTco2PerYear", error.FieldPath);
        Assert.StartsWith("lognormal(median 1E+09, sigma 2) can draw values up to 1.3", error.Problem, StringComparison.Ordinal);
        Assert.Contains("above the limit of 1e12", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Largest_draw_uses_the_generators_extreme_normal_quantile()
    {
        Assert.InRange(ScenarioLimits.LargestStandardNormalDraw, 8.2, 8.4);
    }

    [Fact]
    public void Normal_without_an_upper_bound_is_limited_by_its_largest_draw()
    {
        _files.Replace(Main, "    performanceRatio: 1\n", "    performanceRatio: {dist: normal, mean: 1, sd: 200, min: 0}\n");

        var error = _files.SingleError();

        Assert.Equal("sectors.efficiency.performanceRatio", error.FieldPath);
        Assert.Contains("can draw values up to 16", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Lognormal_sigma_beyond_the_limit_is_refused()
    {
        _files.Replace(Main, "{dist: lognormal, median: 3000, sigma: 0.5}", "{dist: lognormal, median: 3000, sigma: 11}");

        var error = _files.SingleError();

        Assert.Equal(("sectors.solar.sizeTco2PerYear.sigma", "≥ 0, at most 10"), (error.FieldPath, error.Allowed));
    }

    [Fact]
    public void Lognormal_by_moments_with_an_enormous_spread_is_refused()
    {
        _files.Replace(Main, "{dist: lognormal, median: 3000, sigma: 0.5}", "{dist: lognormal, mean: 3000, sd: 1e300}");

        var error = _files.SingleError();

        Assert.Equal("sectors.solar.sizeTco2PerYear", error.FieldPath);
        Assert.Contains("log-scale sigma beyond 10", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alpha: 0.001, beta: 5", "hostRetentionShare.alpha")]
    [InlineData("alpha: 2, beta: 1e7", "hostRetentionShare.beta")]
    public void Beta_shape_outside_what_the_sampler_handles_is_refused(string shapes, string field)
    {
        _files.Replace(Main, "alpha: 2, beta: 5", shapes);

        var error = _files.SingleError();

        Assert.Equal(("countryDefaults." + field, "from 0.01 to 1e6"), (error.FieldPath, error.Allowed));
    }

    [Theory]
    [InlineData("agreements: {extensionProbability: 0.8, extensionYears: 10}", "agreements: {extensionProbability: 0.8, extensionYears: 2147483647}", "agreements.extensionYears")]
    [InlineData("agreements: {extensionProbability: 0.8, extensionYears: 10}", "agreements: {extensionProbability: 0.8, extensionYears: 1e30}", "agreements.extensionYears")]
    [InlineData("issuanceLagYears: 1,", "issuanceLagYears: 5000,", "credits.issuanceLagYears")]
    [InlineData("  maxPartners: 5", "  maxPartners: 5\n  agreementTermYears: 99999", "expansion.agreementTermYears")]
    public void Whole_number_beyond_its_limit_is_out_of_range(string oldText, string newText, string field)
    {
        _files.Replace(Main, oldText, newText);

        var error = _files.SingleError();

        Assert.Equal(field, error.FieldPath);
        Assert.EndsWith("is out of range", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  maxPartners: 100000")]
    [InlineData("  maxPartners: {dist: uniform, min: 30, max: 100000}")]
    public void Cap_on_partners_beyond_its_limit_is_refused_as_a_number_or_a_distribution(string newText)
    {
        _files.Replace(Main, "  maxPartners: 5", newText);

        var error = _files.SingleError();

        Assert.Equal(("expansion.maxPartners", "≥ 0, at most 1,000"), (error.FieldPath, error.Allowed));
    }

    [Fact]
    public void Cohort_with_more_projects_than_the_limit_is_out_of_range()
    {
        _files.Replace("data/portfolio.csv", "THA,solar,moej,3,", "THA,solar,moej,30000000,");

        var error = _files.SingleError();

        Assert.Equal(("existingPortfolio[0].projects", "a whole number from 1 to 10,000,000"), (error.FieldPath, error.Allowed));
    }
}
