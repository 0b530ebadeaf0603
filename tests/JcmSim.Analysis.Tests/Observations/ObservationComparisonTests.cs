using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Tests.Results;
using JcmSim.Model.Observations;

namespace JcmSim.Analysis.Tests.Observations;

/// <summary>
/// Every recorded observation is reported in summary.json beside the model's 5–95 % band at its date,
/// with its verdict. The synthetic run (<see cref="SyntheticRun"/>) has partners.active = 30 + (trial mod 10)
/// in every year, so over 100 trials the band is [30, 39]; credits.issued is 2 Mt in every year.
/// </summary>
public sealed class ObservationComparisonTests
{
    [Theory]
    [InlineData(35, ObservationVerdict.Inside)]
    [InlineData(30, ObservationVerdict.Inside)]
    [InlineData(39, ObservationVerdict.Inside)]
    [InlineData(41, ObservationVerdict.Above)]
    [InlineData(28, ObservationVerdict.Below)]
    public async Task An_observation_is_reported_inside_the_band_or_outside_on_its_side(double partners, ObservationVerdict verdict)
    {
        var summary = await RunWith(Reading(Partners(2030, partners), ObservationReadingKind.Level, "partners.active"));

        var comparison = Assert.Single(summary.Scenarios[0].Observations);
        Assert.Equal((30.0, 34.5, 39.0), (comparison.P5!.Value, comparison.P50!.Value, comparison.P95!.Value));
        Assert.Equal(verdict, comparison.Verdict);
    }

    [Fact]
    public async Task A_cumulative_reading_includes_the_share_of_the_fiscal_year_passed_at_the_date()
    {
        // FY2026 whole (2 Mt) + 183 of FY2027's 366 days (1 Mt) = 3 Mt = 3,000,000 t.
        var credits = new RecordedObservation(2027, "2027-09-30", 183.0 / 366, "creditsIssuedCumulativeT", 3_000_000, "tCO2", ObservationRole.Validation, "msci-2024", "");

        var summary = await RunWith(Reading(credits, ObservationReadingKind.Cumulative, "credits.issued") with { UnitFactor = 1e6 });

        var comparison = Assert.Single(summary.Scenarios[0].Observations);
        Assert.Equal(3_000_000, comparison.P50!.Value, 6);
        Assert.Equal(ObservationVerdict.Inside, comparison.Verdict);
    }

    [Theory]
    [InlineData(2026.55, ObservationVerdict.Inside)]
    [InlineData(2027, ObservationVerdict.Above)]
    [InlineData(2026, ObservationVerdict.Below)]
    public async Task A_running_count_is_read_at_the_previous_year_end_plus_the_share_of_the_year_passed(double registered, ObservationVerdict verdict)
    {
        // The synthetic "reductions" series rises by one a year (FY2026: 2026 + 0.001 × trial, FY2027: 2027 + …), read as a
        // running count: FY2026's value + 183/366 of FY2027's increase, so the band lies in [2026.5, 2026.6] (float32 values); the whole FY2027
        // value lies above it and FY2026's below.
        var record = new RecordedObservation(2027, "2027-09-30", 183.0 / 366, "projectsRegistered", registered, "projects", ObservationRole.Calibration, "adb-jcm-handbook-2016", "");

        var summary = await RunWith(Reading(record, ObservationReadingKind.RunningCount, "reductions"));

        var comparison = Assert.Single(summary.Scenarios[0].Observations);
        Assert.InRange(comparison.P5!.Value, 2026.5, 2026.51);
        Assert.InRange(comparison.P95!.Value, 2026.59, 2026.6);
        Assert.Equal(verdict, comparison.Verdict);
    }

    [Fact]
    public void Projects_registered_and_issuing_are_read_from_the_running_counts_of_every_channel()
    {
        var scenario = TestScenarios.Degenerate() with
        {
            Observations =
            [
                new RecordedObservation(2027, "2027-09-30", 0.5, "projectsRegistered", 15, "projects", ObservationRole.Calibration, "adb-jcm-handbook-2016", ""),
                new RecordedObservation(2027, "2027-09-30", 0.5, "projectsIssuing", 4, "projects", ObservationRole.Calibration, "adb-jcm-handbook-2016", ""),
            ],
        };

        var readings = ObservationReadings.For(scenario);

        Assert.All(readings, r => Assert.True(r.IsModelled, r.NotModelledBecause));
        Assert.All(readings, r => Assert.Equal(ObservationReadingKind.RunningCount, r.Kind));
        Assert.Equal(["projects.registered.cumulative"], readings[0].SeriesIds);
        Assert.Equal(["projects.issuing.cumulative"], readings[1].SeriesIds);
        // 4 registered by the end of FY2026 and 12 by the end of FY2027, read half-way through FY2027: 8.
        Assert.Equal(8, readings[0].Read([0], 2026, (_, y) => y == 0 ? 4 : 12), 12);
        // In the first simulated year the whole value is the year's increase.
        Assert.Equal(2, readings[0].Read([0], 2027, (_, _) => 4), 12);
    }

    [Fact]
    public async Task Summary_json_carries_every_observation_and_the_reason_of_one_not_modelled()
    {
        const string before = "FY2012 is before the first simulated year, FY2026";
        var early = new RecordedObservation(2012, "", 1, "partnersSigned", 2, "countries", ObservationRole.Calibration, "moej-cop26-2021", "");
        ObservationReading[] readings =
        [
            Reading(Partners(2030, 41), ObservationReadingKind.Level, "partners.active"),
            new(early, ObservationReadingKind.Level, [], 1, before),
        ];

        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 7, [SyntheticRun.Descriptor("hindcast", 100) with { Observations = readings }]);
        var json = await File.ReadAllTextAsync(temp.Combine(ResultFileNames.SummaryJson));
        var read = SummaryJson.Read(temp.Combine(ResultFileNames.SummaryJson)).Scenarios[0].Observations;

        Assert.Contains("\"verdict\": \"above\"", json, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"notModelled\"", json, StringComparison.Ordinal);
        Assert.Equal(2, read.Count);
        Assert.Equal(("partnersSigned", "validation", "moej-cop26-2021", 41.0), (read[0].Quantity, read[0].Role, read[0].Source, read[0].Value));
        Assert.Equal(ObservationVerdict.NotModelled, read[1].Verdict);
        Assert.Null(read[1].P50);
        Assert.Equal(before, read[1].NotModelledBecause);
    }

    private static RecordedObservation Partners(int year, double value) =>
        new(year, $"{year + 1}-03-31", 1, "partnersSigned", value, "countries", ObservationRole.Validation, "moej-cop26-2021", "");

    private static ObservationReading Reading(RecordedObservation observation, ObservationReadingKind kind, string series) =>
        new(observation, kind, [series], 1, null);

    private static async Task<RunSummary> RunWith(ObservationReading reading)
    {
        using var temp = new TempDirectory();
        await SyntheticRun.WriteAsync(temp.Path, 7, [SyntheticRun.Descriptor("hindcast", 100) with { Observations = [reading] }]);
        return SummaryJson.Read(temp.Combine(ResultFileNames.SummaryJson));
    }
}
