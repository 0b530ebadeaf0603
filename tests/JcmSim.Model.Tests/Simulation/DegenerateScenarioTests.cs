using JcmSim.Model.Outcomes;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// With every distribution fixed, the model is arithmetic: these totals are worked out by hand
/// from the scenario in <see cref="TestScenarios.Degenerate"/>.
/// </summary>
public sealed class DegenerateScenarioTests
{
    // Cohort: 50 kt/yr from FY2020 for 8 years (to FY2027). Programme: ¥1.5 bn buys three ¥0.5 bn
    // subsidies a year (half of ¥1 bn capex); each project 10 kt/yr from the year after funding.
    private static readonly double[] ReductionsKt = [50, 50, 50, 50, 50, 50, 50, 80, 60, 90, 120]; // FY2020…FY2030

    [Fact]
    public void Reproduces_hand_computed_reductions_every_year()
    {
        var block = RunOne(omge: 0);

        for (var y = 0; y < ReductionsKt.Length; y++)
        {
            Assert.Equal(ReductionsKt[y] / 1000, block.Annual[SeriesLayout.Reductions][block.At(y, 0)], 12);
        }
    }

    [Fact]
    public void Reproduces_hand_computed_cumulative_and_target_outcome()
    {
        var block = RunOne(omge: 0);

        // From the accounting start FY2026: 50 + 80 + 60 + 90 + 120 = 400 kt; 280 kt by FY2029 < 0.3 Mt.
        Assert.Equal(0.400, block.CumulativeMt[0][0], 12);
        Assert.Equal(2030, block.FirstYearMet[0][0]);
        Assert.Equal(15, block.ProjectsFunded[0]);
        Assert.Equal(1, block.PartnersActive[0]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.02)]
    public void Reproduces_hand_computed_credits_and_japan_share(double omge)
    {
        var block = RunOne(omge);

        // Issued in FY y = 0.9 × reductions of FY y−1 (lag 1, ready since signing).
        for (var y = 1; y < ReductionsKt.Length; y++)
        {
            Assert.Equal(0.9 * ReductionsKt[y - 1] / 1000, block.Annual[SeriesLayout.CreditsIssued][block.At(y, 0)], 12);
        }

        Assert.Equal(0, block.Annual[SeriesLayout.CreditsIssued][block.At(0, 0)]);
        // ITMOs issued FY2026…FY2030 for vintages FY2025…FY2029: 0.9 × 330 kt, OMGE off the top. Japan's share
        // follows the Japanese money: the half the subsidy pays plus half of the participants' half, 0.5 + 0.5 × 0.5.
        Assert.Equal(0.9 * 0.330 * (1 - omge) * 0.75, block.JapanItmoMt[0][0], 12);
    }

    [Fact]
    public void Reproduces_hand_computed_finance()
    {
        var block = RunOne(omge: 0);

        for (var year = 2026; year <= 2030; year++)
        {
            var y = year - block.FirstYear;
            Assert.Equal(1.5, block.Annual[SeriesLayout.FinancePublic][block.At(y, 0)], 12);
            Assert.Equal(1.5, block.Annual[SeriesLayout.FinancePrivate][block.At(y, 0)], 12);
            Assert.Equal(3, block.Annual[SeriesLayout.ProjectsFunded][block.At(y, 0)]);
        }
    }

    [Fact]
    public void Every_trial_of_a_fixed_scenario_is_the_same()
    {
        var blocks = SimulationRunner.Run(TestScenarios.Degenerate(), 1, 10, 4);

        Assert.All(blocks.SelectMany(b => b.CumulativeMt[0]), c => Assert.Equal(0.4, c, 12));
    }

    private static TrialBlockResult RunOne(double omge) => SimulationRunner.Run(TestScenarios.Degenerate(omge), 1, 1, 1).Single();
}
