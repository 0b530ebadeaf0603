using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Results;
using JcmSim.Model.Distributions;
using JcmSim.Model.Observations;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Randomness;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Charts.Tests.Support;

/// <summary>
/// A small fixed result set written through the real result writer: up to three scenarios of
/// <see cref="SampleScenario"/> with synthetic trials. Scenario k has strength m = 0.8, 1.3, 1.9:
/// reductions are 0.25·(y − 2016) Mt a year for FY2017–FY2025 (existing projects) and
/// (8 + (y − 2026))·m·f Mt from FY2026, with f log-normal (σ 0.25) per trial; the breakdowns split
/// them by fixed shares. P(100 Mt by FY2030) is then about 0%, 10% and 60%.
/// </summary>
internal static class SampleRun
{
    public const int FirstYear = 2013;
    public const int LastYear = 2040;
    public const ulong Seed = 7;

    private static readonly double[] Strength = [0.8, 1.3, 1.9];
    private static readonly double[] SectorShares = [0.35, 0.2, 0.1, 0.08, 0.07, 0.06, 0.05, 0.05, 0.04];
    private static readonly double[] CountryShares = [0.2, 0.18, 0.16, 0.1, 0.07, 0.07, 0.06, 0.05, 0.04, 0.04, 0.03, 0, 0];
    private static readonly double[] ChannelShares = [0.55, 0.08, 0.2, 0.12, 0.05];

    public static IReadOnlyList<Scenario> Scenarios { get; } =
    [
        SampleScenario.Create(),
        SampleScenario.Create("private-x2", "Private finance doubles", "民間資金倍増", 2.0),
        SampleScenario.Create("partners-45", "45 partners by 2035", "2035年までに45か国", 1.5),
    ];

    /// <summary>Writes a run of the first <paramref name="scenarios"/> sample scenarios into <paramref name="folder"/>.</summary>
    public static async Task<RunSummary> WriteAsync(string folder, int scenarios = 3, int trials = 400)
    {
        var chosen = Scenarios.Take(scenarios).ToList();
        var layouts = chosen.Select(Layout).ToList();
        var descriptors = chosen.Select((s, k) => new ScenarioRunDescriptor(
            s.Name, s.Title, trials, Seed, s.Accounting.StartYear, s.Accounting.Targets, layouts[k].Series, FirstYear, LastYear - FirstYear + 1)
        {
            Observations = k == 0 ? Observations : [],
        }).ToList();
        await using var writer = new RunResultWriter(folder, descriptors);
        for (var k = 0; k < chosen.Count; k++)
        {
            for (var first = 0; first < trials; first += 128)
            {
                writer.Add(k, Block(k, layouts[k], first, Math.Min(128, trials - first)));
            }
        }

        var manifest = new RunManifest(
            "0.1.0-test",
            new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero),
            $"jcmsim run {string.Join(' ', chosen.Select(s => $"scenarios/{s.Name}.yaml"))} --trials {trials} --seed {Seed}",
            RunMode.InProcess,
            SiloCount: 0,
            Seed,
            trials,
            BlockSize: 128,
            WallTimeSeconds: 1.5,
            chosen.Select(s => new ScenarioProvenance(s.Name, [new ScenarioFileHash($"scenarios/{s.Name}.yaml", new string('a', 64))], ScenarioJson.Serialize(s))).ToList());
        return await writer.CompleteAsync(manifest);
    }

    /// <summary>
    /// The reference scenario's recorded observations: partners and credits issued (one calibration,
    /// the rest validation) and one the model cannot read (a date before its first year).
    /// </summary>
    /// <summary>Why the model has no reading of the last of <see cref="Observations"/>: it predates the simulation.</summary>
    public const string NotModelledBecause = "FY2012 is before the first simulated year, FY2013";

    public static IReadOnlyList<ObservationReading> Observations { get; } =
    [
        new(Record(2016, "partnersSigned", 17, "countries", ObservationRole.Calibration), ObservationReadingKind.Level, ["partners.active"], 1, null),
        new(Record(2022, "partnersSigned", 25, "countries", ObservationRole.Validation), ObservationReadingKind.Level, ["partners.active"], 1, null),
        new(Record(2030, "partnersSigned", 40, "countries", ObservationRole.Validation), ObservationReadingKind.Level, ["partners.active"], 1, null),
        new(Record(2024, "creditsIssuedCumulativeT", 700_000, "tCO2", ObservationRole.Validation), ObservationReadingKind.Cumulative, ["credits.issued"], 1e6, null),
        new(Record(2012, "partnersSigned", 2, "countries", ObservationRole.Calibration), ObservationReadingKind.Level, [], 1, NotModelledBecause),
    ];

    private static RecordedObservation Record(int year, string quantity, double value, string unit, ObservationRole role) =>
        new(year, $"{year + 1}-03-31", 1, quantity, value, unit, role, "moej-cop26-2021", "");

    private static SeriesLayout Layout(Scenario scenario) => new(
        scenario.Channels.Select(c => (c.Id, c.Name)).ToList(),
        scenario.Sectors.Select(s => (s.Id, s.Name)).ToList(),
        scenario.Partners.Select(p => p.Region).Distinct().ToList(),
        scenario.Partners.Select(p => (p.Code, p.Name)).Concat(scenario.Expansion.Candidates.Select(c => (c.Code, c.Name))).ToList());

    private static TrialBlockResult Block(int scenario, SeriesLayout layout, int firstTrial, int count)
    {
        var years = LastYear - FirstYear + 1;
        var block = new TrialBlockResult(firstTrial, count, targets: 2, FirstYear, years, layout.Series.Count);
        var sample = Scenarios[scenario];
        var regions = sample.Partners.Select(p => p.Region).Distinct().ToList();
        for (var offset = 0; offset < count; offset++)
        {
            var trial = firstTrial + offset;
            var f = Math.Exp(0.25 * Normal(trial, "f"));
            var g = Math.Exp(0.15 * Normal(trial, "g"));
            var reductions = new double[years];
            var cumulative = 0.0;
            var japanCumulative = 0.0;
            var issuedCumulative = 0.0;
            var expectedCumulative = 0.0;
            var projects = 0;
            for (var y = 0; y < years; y++)
            {
                var year = FirstYear + y;
                reductions[y] = year < 2026
                    ? Math.Max(0, 0.25 * (year - 2016))
                    : (8 + (year - 2026)) * Strength[scenario] * f * (1 + (0.04 * Normal(trial, "y" + year)));
                cumulative += reductions[y];
                var issued = y >= 2 ? 0.92 * reductions[y - 2] : 0;
                var cancelled = scenario == 2 ? 0.02 * issued : 0;
                var japan = 0.58 * (issued - cancelled);
                japanCumulative += japan;
                issuedCumulative += issued;

                // The Ministry's tally runs ahead of delivery: a quarter above what is realised.
                expectedCumulative += 1.25 * reductions[y];
                var partners = year < 2026
                    ? (year < 2017 ? 10 + year - 2013 : year < 2022 ? 17 : year < 2025 ? 24 : 30)
                    : Math.Min(scenario == 2 ? 45 : 40, 30 + ((year - 2025) * (0.8 + (0.5 * scenario)) * g));
                var funded = year < 2026 ? 0 : (int)Math.Round(reductions[y] / 0.25);
                projects += funded;

                Set(block, SeriesLayout.Reductions, y, offset, reductions[y]);
                Set(block, SeriesLayout.ReductionsCumulative, y, offset, cumulative);
                Set(block, SeriesLayout.CreditsIssued, y, offset, issued);
                Set(block, SeriesLayout.CreditsJapan, y, offset, japan);
                Set(block, SeriesLayout.CreditsJapanCumulative, y, offset, japanCumulative);
                Set(block, SeriesLayout.ExpectedReductions, y, offset, 1.25 * reductions[y]);
                Set(block, SeriesLayout.ExpectedReductionsCumulative, y, offset, expectedCumulative);
                Set(block, SeriesLayout.CreditsIssuedCumulative, y, offset, issuedCumulative);
                Set(block, SeriesLayout.CreditsHost, y, offset, issued - cancelled - japan);
                Set(block, SeriesLayout.CreditsCancelled, y, offset, cancelled);
                Set(block, SeriesLayout.PartnersActive, y, offset, Math.Floor(partners));
                Set(block, SeriesLayout.ProjectsFunded, y, offset, funded);
                Set(block, SeriesLayout.FinancePublic, y, offset, reductions[y] * 1.5);
                Set(block, SeriesLayout.FinancePrivate, y, offset, reductions[y] * 3 * Strength[scenario]);
                Set(block, SeriesLayout.CreditPrice, y, offset, 2500 * Math.Pow(1.06, year - 2026) * Math.Exp(0.2 * Normal(trial, "p" + year)));

                var channelWeights = ChannelShares.Select((w, c) => c >= 2 ? w * Strength[scenario] : w).ToArray();
                var channelTotal = channelWeights.Sum();
                for (var c = 0; c < channelWeights.Length; c++)
                {
                    Set(block, layout.ChannelOffset + c, y, offset, reductions[y] * channelWeights[c] / channelTotal);
                    Set(block, layout.ChannelProjectsOffset + c, y, offset, Math.Round(funded * channelWeights[c] / channelTotal));
                }

                for (var s = 0; s < SectorShares.Length; s++)
                {
                    Set(block, layout.SectorOffset + s, y, offset, reductions[y] * SectorShares[s]);
                }

                for (var r = 0; r < regions.Count; r++)
                {
                    var share = sample.Partners.Select((p, i) => p.Region == regions[r] ? CountryShares[i] : 0).Sum();
                    Set(block, layout.RegionOffset + r, y, offset, reductions[y] * share);
                }

                for (var c = 0; c < CountryShares.Length; c++)
                {
                    Set(block, layout.CountryOffset + c, y, offset, reductions[y] * CountryShares[c]);
                }
            }

            var sum2030 = Cumulative(reductions, 2030);
            var sum2040 = Cumulative(reductions, 2040);
            block.CumulativeMt[0][offset] = sum2030;
            block.CumulativeMt[1][offset] = sum2040;
            block.JapanItmoMt[0][offset] = 0.5 * sum2030;
            block.JapanItmoMt[1][offset] = 0.5 * sum2040;
            block.Reading(TargetReading.ExpectedReductions)[0][offset] = 1.25 * sum2030;
            block.Reading(TargetReading.ExpectedReductions)[1][offset] = 1.25 * sum2040;
            block.Reading(TargetReading.CreditsIssued)[0][offset] = 0.85 * sum2030;
            block.Reading(TargetReading.CreditsIssued)[1][offset] = 0.85 * sum2040;
            block.FirstYearMet[0][offset] = FirstYearReaching(reductions, 100);
            block.FirstYearMet[1][offset] = FirstYearReaching(reductions, 200);
            block.ProjectsFunded[offset] = projects;
            block.PartnersActive[offset] = (int)block.Annual[SeriesLayout.PartnersActive][block.At(years - 1, offset)];
        }

        return block;
    }

    private static void Set(TrialBlockResult block, int series, int year, int offset, double value) =>
        block.Annual[series][block.At(year, offset)] = value;

    private static double Cumulative(double[] reductions, int toYear) => reductions.Take(toYear - FirstYear + 1).Sum();

    private static int FirstYearReaching(double[] reductions, double threshold)
    {
        var sum = 0.0;
        for (var y = 0; y < reductions.Length; y++)
        {
            sum += reductions[y];
            if (sum >= threshold)
            {
                return FirstYear + y;
            }
        }

        return 0;
    }

    private static double Normal(int trial, string purpose)
    {
        var stream = new RandomStream(StreamKey.For(Seed, JcmSim.Model.Randomness.StableHash.Of(purpose), 0, RandomPurpose.Parameter), trial);
        return SpecialFunctions.NormalQuantile(stream.NextUniform());
    }
}
