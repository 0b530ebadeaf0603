using JcmSim.Model.Distributions;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Support;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// Issuance as recorded (MODEL.md §Credits), with every distribution fixed so that reductions,
/// credits issued and Japan's credits are worked out by hand. The partner is ready since FY2015 and
/// its agreement is open-ended; Japan's share of every credit follows the Japanese money (MODEL.md
/// §Finance): the programme's 0.5 subsidy share plus half of the participants' half, 0.75.
/// </summary>
public sealed class IssuanceBehaviourTests
{
    [Fact]
    public void A_cohort_is_credited_per_monitoring_period_for_its_expected_requested_share()
    {
        // 10 kt/yr FY2026–FY2035; registered FY2027 (lag 1); periods FY2027–FY2029 (first, 3 years), then two
        // years each; decisions one year after a period: FY2030 (30 kt), FY2032 (20 kt), FY2034 (20 kt); the
        // FY2034–FY2035 period is decided in FY2036, after the horizon. Credited: × 0.9 conservativeness × 0.5 requested.
        var block = SimulationRunner.RunOne(new ScenarioBuilder()
            .WithHorizon(2026, 2035)
            .WithBudget(0)
            .WithCohort(1, 2026, 10_000, 10)
            .WithCredits(c => c with
            {
                ConservativenessFactor = Distribution.Fixed(0.9),
                IssuanceLagYears = 1,
                RegistrationLagYears = Distribution.Fixed(1),
                FirstMonitoringPeriodYears = Distribution.Fixed(3),
                MonitoringPeriodYears = Distribution.Fixed(2),
                RequestProbability = Distribution.Fixed(0.5),
            })
            .Build());

        Assert.Equal(0.100, block.CumulativeMt[0][0], 12);
        Assert.Equal(0.030 * 0.45, Issued(block, 2030), 12);
        Assert.Equal(0.020 * 0.45, Issued(block, 2032), 12);
        Assert.Equal(0.020 * 0.45, Issued(block, 2034), 12);
        Assert.Equal(0.070 * 0.45, SimulationRunner.Total(block, SeriesLayout.CreditsIssued), 12);
        Assert.Equal(0.070 * 0.45 * 0.75, block.JapanItmoMt[0][0], 12);
    }

    [Fact]
    public void Funded_projects_are_credited_per_two_year_monitoring_period()
    {
        // Three 10 kt/yr projects a year, operating from the year after funding. Funded FY2026: FY2027–FY2028
        // decided FY2029 (60 kt); funded FY2027: FY2028–FY2029 decided FY2030 (60 kt); later periods fall after FY2030.
        var block = SimulationRunner.RunOne(TwoYearPeriods(requestProbability: 1));

        Assert.Equal(0.030 + 0.060 + 0.090 + 0.120, block.CumulativeMt[0][0], 12);
        Assert.Equal(0.060, Issued(block, 2029), 12);
        Assert.Equal(0.060, Issued(block, 2030), 12);
        Assert.Equal(0.120, SimulationRunner.Total(block, SeriesLayout.CreditsIssued), 12);
        Assert.Equal(0.120 * 0.75, block.JapanItmoMt[0][0], 12);
    }

    [Fact]
    public void Projects_that_never_request_issuance_still_count_but_are_never_credited()
    {
        var block = SimulationRunner.RunOne(TwoYearPeriods(requestProbability: 0));

        Assert.Equal(0.300, block.CumulativeMt[0][0], 12);
        Assert.Equal(0, SimulationRunner.Total(block, SeriesLayout.CreditsIssued));
        Assert.Equal(0, block.JapanItmoMt[0][0]);
    }

    [Theory]
    [InlineData(1, new double[] { 0, 0, 0, 3, 6 })]
    [InlineData(0, new double[] { 0, 0, 0, 0, 0 })]
    public void Funded_projects_count_as_registered_from_their_start_and_as_issuing_from_their_first_decision(double requestProbability, double[] issuing)
    {
        // Three projects funded a year, each starting (and registering: no lag) the year after: 3, 6, 9, 12 registered
        // FY2027–FY2030 whether they request or not (FY2030's start in FY2031, after the horizon). The first decisions:
        // FY2029 for those funded in FY2026, FY2030 for FY2027's, none before.
        var block = SimulationRunner.RunOne(TwoYearPeriods(requestProbability));

        Assert.Equal([0, 3, 6, 9, 12], RunningCount(block, SeriesLayout.ProjectsRegisteredCumulative));
        Assert.Equal(issuing, RunningCount(block, SeriesLayout.ProjectsIssuingCumulative));
    }

    [Fact]
    public void A_cohort_counts_its_projects_registered_and_its_requested_share_issuing()
    {
        // The output starts with the earliest cohort, FY2020. Two projects from FY2020 (partner ready since FY2015):
        // registered FY2021, first period FY2021–FY2023 decided FY2024, half requesting → 1 issuing. Four projects from
        // FY2026: registered FY2027, first decided FY2030 → 2 more.
        var block = SimulationRunner.RunOne(new ScenarioBuilder()
            .WithHorizon(2026, 2035)
            .WithBudget(0)
            .WithCohort(4, 2026, 10_000, 10)
            .WithCohort(2, 2020, 10_000, 10)
            .WithCredits(c => c with
            {
                IssuanceLagYears = 1,
                RegistrationLagYears = Distribution.Fixed(1),
                FirstMonitoringPeriodYears = Distribution.Fixed(3),
                MonitoringPeriodYears = Distribution.Fixed(2),
                RequestProbability = Distribution.Fixed(0.5),
            })
            .Build());

        Assert.Equal(2020, block.FirstYear);
        Assert.Equal([0, 2, 2, 2, 2, 2, 2, 6, 6, 6, 6, 6, 6, 6, 6, 6], RunningCount(block, SeriesLayout.ProjectsRegisteredCumulative));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3], RunningCount(block, SeriesLayout.ProjectsIssuingCumulative));
    }

    private static double[] RunningCount(TrialBlockResult block, int series) =>
        [.. Enumerable.Range(0, block.Years).Select(y => block.Annual[series][block.At(y, 0)])];

    private static Scenario TwoYearPeriods(double requestProbability) => new ScenarioBuilder()
        .WithCredits(c => c with
        {
            IssuanceLagYears = 1,
            FirstMonitoringPeriodYears = Distribution.Fixed(2),
            MonitoringPeriodYears = Distribution.Fixed(2),
            RequestProbability = Distribution.Fixed(requestProbability),
        })
        .Build();

    private static double Issued(TrialBlockResult block, int year) => block.Annual[SeriesLayout.CreditsIssued][block.At(year - block.FirstYear, 0)];
}
