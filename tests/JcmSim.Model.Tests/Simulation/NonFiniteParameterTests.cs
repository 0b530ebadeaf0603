using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// A scenario holding an infinite or NaN number is refused when it is compiled, naming the value's
/// path, instead of reaching the model's loops (a Poisson draw with an infinite or NaN mean).
/// </summary>
public sealed class NonFiniteParameterTests
{
    public static TheoryData<string> ParameterPaths => [.. ScenarioParameters.All(TestScenarios.Rich()).Select(p => p.Path)];

    public static TheoryData<string, double> Scalars => new()
    {
        { "partners.THA.opportunitiesPerYear.solar", double.NaN },
        { "nationalEmissions.EGY.electricityHeatMt", double.PositiveInfinity },
        { "channels.moej.annualBudgetJpy.2035", double.PositiveInfinity },
        { "channels.moej.maxSubsidyJpyPerTco2", double.NegativeInfinity },
        { "accounting.targets[1].thresholdMt", double.NaN },
        { "existingPortfolio[0].sizeTco2PerYear", double.PositiveInfinity },
        { "creditPrice.persistence", double.NaN },
    };

    [Fact]
    public void An_input_held_at_the_top_quantile_of_a_lognormal_is_refused_with_its_path_and_value()
    {
        // The reviewer's case: pipeline.multiplier ~ lognormal(median 1, sigma 0.4), held at Quantile(1) = +∞.
        var scenario = TestScenarios.Rich();
        var multiplier = ScenarioParameters.All(scenario).Single(p => p.Path == "pipeline.multiplier");
        var held = multiplier.HeldAt(scenario, LogNormalDistribution.FromMedian(1.0, 0.4).Quantile(1));

        var refused = Assert.Throws<NonFiniteParameterException>(() => new CompiledScenario(held));

        Assert.Equal("pipeline.multiplier", refused.Path);
        Assert.StartsWith("pipeline.multiplier: +∞ is not a finite number (allowed: a finite value", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ParameterPaths))]
    public void Every_distribution_input_held_at_infinity_is_refused_under_its_own_path(string path)
    {
        var scenario = TestScenarios.Rich();
        var parameter = ScenarioParameters.All(scenario).Single(p => p.Path == path);

        var refused = Assert.Throws<NonFiniteParameterException>(() => new CompiledScenario(parameter.HeldAt(scenario, double.PositiveInfinity)));

        Assert.Equal(path, refused.Path);
    }

    [Theory]
    [MemberData(nameof(Scalars))]
    public void A_non_finite_scalar_or_year_path_point_is_refused_under_its_path(string path, double value)
    {
        var scenario = WithScalar(TestScenarios.Rich(), path, value);

        var refused = Assert.Throws<NonFiniteParameterException>(() => new CompiledScenario(scenario));

        Assert.Equal(path, refused.Path);
    }

    [Fact]
    public void A_distribution_with_a_non_finite_parameter_is_refused_with_its_description()
    {
        var scenario = TestScenarios.Rich();
        var held = scenario with { Pipeline = scenario.Pipeline with { Multiplier = new UniformDistribution(0.5, double.NaN) } };

        var refused = Assert.Throws<NonFiniteParameterException>(() => new CompiledScenario(held));

        Assert.Equal("pipeline.multiplier", refused.Path);
        Assert.Contains("uniform(0.5, NaN) has a parameter that is not a finite number", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_study_ranges_are_not_parameters_of_the_model_and_compile()
    {
        var scenario = TestScenarios.Rich() with
        {
            Uncertainties = [new StudyUncertainty("pipeline.multiplier", new NormalDistribution(1, 0.2, 0, double.PositiveInfinity))],
        };

        var compiled = new CompiledScenario(scenario);

        Assert.Same(scenario, compiled.Scenario);
    }

    // The scenario with the one scalar at path set to value.
    private static Scenario WithScalar(Scenario s, string path, double value) => path switch
    {
        "partners.THA.opportunitiesPerYear.solar" => s with
        {
            Partners = [.. s.Partners.Select(p => p.Code == "THA" ? p with { OpportunitiesPerYear = new Dictionary<string, double>(p.OpportunitiesPerYear) { ["solar"] = value } } : p)],
        },
        "nationalEmissions.EGY.electricityHeatMt" => s with
        {
            NationalEmissions = [.. s.NationalEmissions.Select(e => e.Code == "EGY" ? e with { ElectricityHeatMt = value } : e)],
        },
        "channels.moej.annualBudgetJpy.2035" => s with
        {
            Channels = [.. s.Channels.Select(c => c.Id == "moej" ? c with { AnnualBudgetJpy = new YearPath([new YearValue(2026, 5e9), new YearValue(2035, value)]) } : c)],
        },
        "channels.moej.maxSubsidyJpyPerTco2" => s with
        {
            Channels = [.. s.Channels.Select(c => c is PublicProgrammeChannel { Id: "moej" } p ? p with { MaxSubsidyJpyPerTco2 = value } : c)],
        },
        "accounting.targets[1].thresholdMt" => s with
        {
            Accounting = s.Accounting with { Targets = [s.Accounting.Targets[0], s.Accounting.Targets[1] with { ThresholdMt = value }] },
        },
        "existingPortfolio[0].sizeTco2PerYear" => s with
        {
            ExistingPortfolio = [s.ExistingPortfolio[0] with { SizeTco2PerYear = value }, .. s.ExistingPortfolio.Skip(1)],
        },
        "creditPrice.persistence" => s with { CreditPrice = s.CreditPrice with { Persistence = value } },
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, "No such scalar in this test."),
    };
}
