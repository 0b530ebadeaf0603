using JcmSim.Model.Distributions;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// The four readings of the target in <see cref="TestScenarios.Degenerate"/>, worked out by hand, and
/// the reading the targets are tested against (MODEL.md §Readings of the target).
/// </summary>
public sealed class TargetReadingTests
{
    // Projects deliver 0.8 of their selected size, so the Ministry's expected tally and what is
    // realised part. Cohort: 50 kt/yr nominal FY2020–FY2027; three 10 kt/yr projects a year from
    // FY2026, each expected (and starting) the year after funding.
    private const double Performance = 0.8;

    [Fact]
    public void Expected_reductions_count_the_selected_size_over_the_expected_operating_years()
    {
        var block = RunOne(TargetReading.RealisedReductions);

        // FY2026…FY2030: 50, 50 + 30, 60, 90, 120 kt nominal, whatever the projects deliver.
        double[] expectedKt = [50, 80, 60, 90, 120];
        for (var year = 2026; year <= 2030; year++)
        {
            Assert.Equal(expectedKt[year - 2026] / 1000, block.Annual[SeriesLayout.ExpectedReductions][block.At(year - block.FirstYear, 0)], 12);
        }

        Assert.Equal(0.400, block.Reading(TargetReading.ExpectedReductions)[0][0], 12);
    }

    [Fact]
    public void Each_reading_at_the_target_year_is_its_hand_computed_cumulative()
    {
        var block = RunOne(TargetReading.RealisedReductions);

        // Realised FY2026–FY2030: 0.8 × 400 kt. Issued FY2026–FY2030 for vintages FY2025–FY2029 (lag 1):
        // 0.9 × 0.8 × (50 + 50 + 80 + 60 + 90) kt. Japan: three quarters of the issued credits (no OMGE).
        Assert.Equal(0.400, block.Reading(TargetReading.ExpectedReductions)[0][0], 12);
        Assert.Equal(Performance * 0.400, block.Reading(TargetReading.RealisedReductions)[0][0], 12);
        Assert.Equal(0.9 * Performance * 0.330, block.Reading(TargetReading.CreditsIssued)[0][0], 12);
        Assert.Equal(0.75 * 0.9 * Performance * 0.330, block.Reading(TargetReading.JapanItmos)[0][0], 12);
    }

    [Fact]
    public void Cumulative_series_of_each_reading_ends_at_its_value_at_the_target_year()
    {
        var block = RunOne(TargetReading.RealisedReductions);
        var last = block.Years - 1;

        foreach (var reading in Enum.GetValues<TargetReading>())
        {
            Assert.Equal(block.Reading(reading)[0][0], block.Annual[SeriesLayout.Cumulative(reading)][block.At(last, 0)], 12);
        }
    }

    [Theory]
    [InlineData(TargetReading.ExpectedReductions, 0.400, 2030)]   // 50, 130, 190, 280, 400 kt: ≥ 0.3 Mt in FY2030
    [InlineData(TargetReading.RealisedReductions, 0.320, 2030)]   // 40, 104, 152, 224, 320 kt
    [InlineData(TargetReading.CreditsIssued, 0.2376, 0)]          // never reaches 0.3 Mt
    [InlineData(TargetReading.JapanItmos, 0.1782, 0)]
    public void The_chosen_reading_is_what_the_target_is_tested_against(TargetReading reading, double cumulativeMt, int firstYearMet)
    {
        var block = RunOne(reading);

        Assert.Equal(reading, block.TestedReading);
        Assert.Equal(cumulativeMt, block.CumulativeMt[0][0], 12);
        Assert.Equal(firstYearMet, block.FirstYearMet[0][0]);
    }

    private static TrialBlockResult RunOne(TargetReading reading)
    {
        var scenario = TestScenarios.Degenerate();
        scenario = scenario with
        {
            Accounting = scenario.Accounting with { Reading = reading },
            Sectors = [.. scenario.Sectors.Select(s => s with { PerformanceRatio = Distribution.Fixed(Performance) })],
        };
        return SimulationRunner.RunOne(scenario);
    }
}
