using System.Text.Json;
using JcmSim.Analysis.Results;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Tests.Results;

/// <summary>
/// Synthetic trial outcomes with hand-computable statistics. For trial i, m = i mod 10 and scenario
/// shift k (0 for the reference, 1 for the variant):
/// realised FY2030 = 20m + 20k, expected FY2030 = 30m, issued FY2030 = 15m, Japan ITMOs FY2030 = 10m,
/// first year met FY2030 = 2035 − m for m ≥ 5, 2033 for m = 4, never otherwise; realised FY2040 =
/// 40m + 30 + 10k, expected FY2040 = 50m + 30, issued FY2040 = 20m, Japan ITMOs FY2040 = 6 + 12·(i mod 2),
/// first year met FY2040 = 2045 − m for m ≥ 5; projects = 100 + i, partners = 30 + m.
/// The block's tested reading is the descriptor's (realised unless a test says otherwise).
/// Annual series FY2026–FY2040: reductions = y + 0.001·i, credits.issued = 2, partners.active = 30 + m.
/// </summary>
internal static class SyntheticRun
{
    public const int FirstYear = 2026;
    public const int Years = 15;

    public static readonly IReadOnlyList<AnnualSeries> Series =
    [
        new("reductions", "MtCO2", new LocalizedText("Reductions", "削減量")),
        new("credits.issued", "MtCO2", new LocalizedText("Credits issued", "発行クレジット")),
        new("partners.active", "count", new LocalizedText("Active partners", "パートナー国数")),
    ];

    public static ScenarioRunDescriptor Descriptor(string name, int trials, ulong seed = 7, TargetReading reading = TargetReading.RealisedReductions) =>
        new(
            name,
            new LocalizedText($"{name} title", $"{name} 題"),
            trials,
            seed,
            AccountingStartYear: FirstYear,
            Targets: [new ReductionTarget(2030, 100), new ReductionTarget(2040, 200)],
            Series,
            FirstYear,
            Years)
        {
            Reading = reading,
        };

    public static TrialBlockResult Block(int shift, int firstTrial, int count, TargetReading reading = TargetReading.RealisedReductions)
    {
        var block = new TrialBlockResult(firstTrial, count, targets: 2, FirstYear, Years, Series.Count, reading);
        var realised = block.Reading(TargetReading.RealisedReductions);
        var expected = block.Reading(TargetReading.ExpectedReductions);
        var issued = block.Reading(TargetReading.CreditsIssued);
        for (var offset = 0; offset < count; offset++)
        {
            var i = firstTrial + offset;
            var m = i % 10;
            realised[0][offset] = (20 * m) + (20 * shift);
            expected[0][offset] = 30 * m;
            issued[0][offset] = 15 * m;
            block.JapanItmoMt[0][offset] = 10 * m;
            block.FirstYearMet[0][offset] = m >= 5 ? 2035 - m : m == 4 ? 2033 : 0;
            realised[1][offset] = (40 * m) + 30 + (10 * shift);
            expected[1][offset] = (50 * m) + 30;
            issued[1][offset] = 20 * m;
            block.JapanItmoMt[1][offset] = 6 + (12 * (i % 2));
            block.FirstYearMet[1][offset] = m >= 5 ? 2045 - m : 0;
            block.ProjectsFunded[offset] = 100 + i;
            block.PartnersActive[offset] = 30 + m;
            for (var y = 0; y < Years; y++)
            {
                block.Annual[0][block.At(y, offset)] = FirstYear + y + (0.001 * i);
                block.Annual[1][block.At(y, offset)] = 2.0;
                block.Annual[2][block.At(y, offset)] = 30 + m;
            }
        }

        return block;
    }

    public static RunManifest Manifest(params string[] scenarioNames) =>
        new(
            "0.1.0-test",
            new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero),
            "jcmsim run a.yaml b.yaml --trials 100 --seed 7",
            RunMode.Embedded,
            SiloCount: 1,
            Seed: 7,
            Trials: 100,
            BlockSize: 64,
            WallTimeSeconds: 1.25,
            scenarioNames.Select(n => new ScenarioProvenance(
                n,
                [new ScenarioFileHash($"scenarios/{n}.yaml", new string('0', 64))],
                $$$"""{"name":{{{JsonSerializer.Serialize(n)}}},"accounting":{"startYear":2026}}""")).ToArray());

    /// <summary>Writes a run of the given scenarios (shift = index) in blocks of <paramref name="blockSize"/> and completes it.</summary>
    public static async Task<RunSummary> WriteAsync(string directory, int blockSize, params ScenarioRunDescriptor[] scenarios)
    {
        await using var writer = new RunResultWriter(directory, scenarios);
        for (var s = 0; s < scenarios.Length; s++)
        {
            for (var first = 0; first < scenarios[s].Trials; first += blockSize)
            {
                writer.Add(s, Block(s, first, Math.Min(blockSize, scenarios[s].Trials - first), scenarios[s].Reading));
            }
        }

        return await writer.CompleteAsync(Manifest(scenarios.Select(d => d.Name).ToArray()));
    }
}
