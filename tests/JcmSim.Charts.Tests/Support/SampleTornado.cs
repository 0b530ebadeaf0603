using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Analysis.Tornado;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Tests.Support;

/// <summary>A fixed tornado result over the sample scenario's uncertain inputs, with made-up but plausible swings.</summary>
internal static class SampleTornado
{
    public static TornadoResult Create()
    {
        var scenario = SampleScenario.Create();
        var parameters = ScenarioParameters.Uncertain(scenario);
        var targets = new[] { new TornadoTarget(2030, 100), new TornadoTarget(2040, 200) };
        var baseOutcome = new TornadoOutcome([0.12, 0.55], [78.0, 205.0]);
        var entries = parameters.Select((p, i) =>
        {
            // Swings fall off with the input's position and alternate in direction, like real studies.
            var weight = 1.0 / (1 + (i % 17)) * (i % 5 == 0 ? 3 : 1);
            var sign = i % 3 == 0 ? -1 : 1;
            var low = new TornadoOutcome([Clamp(0.12 - (sign * 0.1 * weight)), Clamp(0.55 - (sign * 0.3 * weight))], [78 - (sign * 20 * weight), 205 - (sign * 45 * weight)]);
            var high = new TornadoOutcome([Clamp(0.12 + (sign * 0.08 * weight)), Clamp(0.55 + (sign * 0.25 * weight))], [78 + (sign * 16 * weight), 205 + (sign * 40 * weight)]);
            return new TornadoEntry(p.Path, p.Label, p.Scope, p.Distribution.Describe(), p.Distribution.Quantile(0.1), p.Distribution.Quantile(0.9), low, high);
        }).ToList();
        return new TornadoResult(scenario.Name, scenario.Title, 500, 7, "0.1.0-test", 0.1, 0.9, targets, baseOutcome, entries);
    }

    /// <summary>A result in which no input moves anything.</summary>
    public static TornadoResult Flat()
    {
        var outcome = new TornadoOutcome([0.0, 0.0], [19.2, 67.5]);
        var entries = new[]
        {
            new TornadoEntry("pipeline.multiplier", new LocalizedText("Pipeline: opportunity multiplier", "案件形成：案件数の倍率"), ParameterScope.PerTrial, "triangular(0.6, 1, 1.5)", 0.77, 1.3, outcome, outcome),
        };
        return new TornadoResult("baseline", new LocalizedText("Current policy", "現行政策"), 100, 1, "0.1.0-test", 0.1, 0.9, [new TornadoTarget(2030, 100), new TornadoTarget(2040, 200)], outcome, entries);
    }

    private static double Clamp(double p) => Math.Clamp(p, 0, 1);
}
