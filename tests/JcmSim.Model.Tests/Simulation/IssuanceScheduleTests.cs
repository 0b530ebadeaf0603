using JcmSim.Model.Credits;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>Monitoring periods and decision years of one project (MODEL.md §Credits).</summary>
public sealed class IssuanceScheduleTests
{
    // Registered FY2020; the first request covers FY2020–FY2022, later ones two years each; decisions one year later.
    private static readonly IssuanceSchedule Late = new(2020, FirstMonitoringPeriodYears: 3, MonitoringPeriodYears: 2, DecisionLagYears: 1, RequestedShare: 1);

    [Theory]
    [InlineData(2020, 2023)]
    [InlineData(2022, 2023)]
    [InlineData(2023, 2025)]
    [InlineData(2024, 2025)]
    [InlineData(2025, 2027)]
    public void A_vintage_is_decided_a_lag_after_the_end_of_its_monitoring_period(int vintage, int decision) =>
        Assert.Equal(decision, Late.DecisionYear(vintage));

    [Fact]
    public void Reductions_before_registration_are_never_credited() =>
        Assert.Equal(IssuanceSchedule.Never, Late.DecisionYear(2019));

    [Fact]
    public void A_project_that_never_requests_is_never_credited() =>
        Assert.Equal(IssuanceSchedule.Never, (Late with { RequestedShare = 0 }).DecisionYear(2021));

    [Fact]
    public void Yearly_periods_without_registration_lag_are_the_plain_lag_after_each_vintage()
    {
        var yearly = new IssuanceSchedule(2020, 1, 1, 2, 1);

        Assert.All(Enumerable.Range(2020, 10), v => Assert.Equal(v + 2, yearly.DecisionYear(v)));
    }
}
