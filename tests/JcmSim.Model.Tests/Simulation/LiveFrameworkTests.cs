using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// Only reductions inside a live framework are JCM reductions (MODEL.md §Credits): a partner must be
/// ready under Article 6, and after a lapse that stops issuance nothing more counts or is credited.
/// The scenarios have no funding, only one cohort of 10 kt/yr from FY2026 in one partner, so every
/// total is written down by hand.
/// </summary>
public sealed class LiveFrameworkTests
{
    private const double CohortMtPerYear = 0.010;

    [Fact]
    public void A_lapse_that_stops_issuance_lowers_counted_reductions_credits_and_japan_itmos()
    {
        var lapsing = Lapsing(issuanceContinues: false);
        var lapsed = SimulationRunner.RunOne(lapsing);
        var extended = SimulationRunner.RunOne(lapsing with { Agreements = lapsing.Agreements with { ExtensionProbability = Distribution.Fixed(1) } });

        Assert.True(lapsed.CumulativeMt[0][0] < extended.CumulativeMt[0][0]);
        Assert.True(SimulationRunner.Total(lapsed, SeriesLayout.CreditsIssued) < SimulationRunner.Total(extended, SeriesLayout.CreditsIssued));
        Assert.True(lapsed.JapanItmoMt[0][0] < extended.JapanItmoMt[0][0]);
    }

    [Fact]
    public void After_a_lapse_that_stops_issuance_reductions_and_credits_are_hand_computed()
    {
        var block = SimulationRunner.RunOne(Lapsing(issuanceContinues: false));

        // The agreement ends in FY2027: FY2026 and FY2027 count (20 kt), FY2028–FY2030 do not.
        // Factor 1, no lag: credits equal the counted reductions; Japan's share follows the Japanese money,
        // the programme's 0.5 subsidy share plus half of the participants' half: 0.75.
        Assert.Equal(2 * CohortMtPerYear, block.CumulativeMt[0][0], 12);
        Assert.Equal(2 * CohortMtPerYear, SimulationRunner.Total(block, SeriesLayout.CreditsIssued), 12);
        Assert.Equal(2 * CohortMtPerYear * 0.75, block.JapanItmoMt[0][0], 12);
        Assert.Equal(0, block.Annual[SeriesLayout.Reductions][block.At(2028 - block.FirstYear, 0)]);
    }

    [Fact]
    public void A_lapse_after_which_issuance_continues_keeps_counting_every_reduction()
    {
        var block = SimulationRunner.RunOne(Lapsing(issuanceContinues: true));

        Assert.Equal(5 * CohortMtPerYear, block.CumulativeMt[0][0], 12);
        Assert.Equal(5 * CohortMtPerYear, SimulationRunner.Total(block, SeriesLayout.CreditsIssued), 12);
    }

    [Fact]
    public void Reductions_before_readiness_do_not_count()
    {
        var block = SimulationRunner.RunOne(ReadyIn2028(countOutside: false));

        // Ready in FY2028: FY2028–FY2030 count and are credited (30 kt); FY2026–FY2027 neither.
        Assert.Equal(3 * CohortMtPerYear, block.CumulativeMt[0][0], 12);
        Assert.Equal(0, block.Annual[SeriesLayout.Reductions][block.At(2026 - block.FirstYear, 0)]);
        Assert.Equal(3 * CohortMtPerYear, SimulationRunner.Total(block, SeriesLayout.CreditsIssued), 12);
    }

    [Fact]
    public void Reductions_before_readiness_count_when_the_scenario_says_so()
    {
        var block = SimulationRunner.RunOne(ReadyIn2028(countOutside: true));

        // All five years count; the FY2026–FY2027 vintages wait for readiness and are credited in FY2028.
        Assert.Equal(5 * CohortMtPerYear, block.CumulativeMt[0][0], 12);
        Assert.Equal(3 * CohortMtPerYear, block.Annual[SeriesLayout.CreditsIssued][block.At(2028 - block.FirstYear, 0)], 12);
        Assert.Equal(5 * CohortMtPerYear, SimulationRunner.Total(block, SeriesLayout.CreditsIssued), 12);
    }

    private static Scenario Lapsing(bool issuanceContinues)
    {
        var scenario = new ScenarioBuilder()
            .WithAgreement(2015, 2027)
            .WithBudget(0)
            .WithCohort(1, 2026, 10_000, 10)
            .Build();
        return scenario with
        {
            Agreements = scenario.Agreements with { ExtensionProbability = Distribution.Fixed(0), IssuanceContinuesAfterLapse = issuanceContinues },
        };
    }

    private static Scenario ReadyIn2028(bool countOutside)
    {
        var scenario = new ScenarioBuilder()
            .WithAgreement(2025, null)
            .WithBudget(0)
            .WithCohort(1, 2026, 10_000, 10)
            .WithCredits(c => c with { CountReductionsOutsideFramework = countOutside })
            .Build();
        return scenario with { Partners = [scenario.Partners[0] with { Article6ReadinessLagYears = Distribution.Fixed(3) }] };
    }
}
