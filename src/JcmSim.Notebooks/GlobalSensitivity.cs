using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;
using JcmSim.Notebooks.Engines;

namespace JcmSim.Notebooks;

/// <summary>
/// Evaluates a design of the unit cube (Morris trajectories, Saltelli points) on a scenario: at
/// each point every studied input (the scenario's <c>uncertainties:</c>) is held at the quantile
/// of its study range given by the point's coordinate, every other uncertain input stays random,
/// and the point's output is the mean cumulative reductions at a target year over its trials, all
/// points with the same seed (common random numbers).
/// </summary>
internal static class GlobalSensitivity
{
    // As Jcm's runs: results do not depend on it.
    private const int BlockSize = 128;

    /// <summary>
    /// The scenario's studied inputs, or those whose path is or starts with one of <paramref name="only"/>;
    /// refuses a scenario that declares none and a selection that matches none.
    /// </summary>
    public static IReadOnlyList<StudiedInput> Inputs(Scenario scenario, IReadOnlyList<string>? only)
    {
        var inputs = ScenarioParameters.Studied(scenario);
        if (inputs.Count == 0)
        {
            throw new ArgumentException($"Scenario '{scenario.Name}' declares no input to study (allowed: an 'uncertainties:' block naming input paths, scenarios/README.md).", nameof(scenario));
        }

        if (only is null || only.Count == 0)
        {
            return inputs;
        }

        var chosen = inputs.Where(i => only.Any(prefix => i.Path == prefix || i.Path.StartsWith(prefix + ".", StringComparison.Ordinal))).ToList();
        return chosen.Count > 0
            ? chosen
            : throw new ArgumentException($"No studied input of '{scenario.Name}' matches {string.Join(", ", only)} (allowed: {string.Join(", ", inputs.Select(i => i.Path))}).", nameof(only));
    }

    /// <summary>The index of the target of <paramref name="fiscalYear"/>, or of the last target when null.</summary>
    public static int Target(Scenario scenario, int? fiscalYear)
    {
        var targets = scenario.Accounting.Targets;
        if (fiscalYear is null)
        {
            return targets.Select((t, i) => (t, i)).MaxBy(p => p.t.FiscalYear).i;
        }

        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].FiscalYear == fiscalYear)
            {
                return i;
            }
        }

        throw new ArgumentException($"FY{fiscalYear} is not a target year of '{scenario.Name}' (allowed: {string.Join(", ", targets.Select(t => t.FiscalYear))}).", nameof(fiscalYear));
    }

    /// <summary>The output at every point of <paramref name="points"/>, in row order.</summary>
    public static async Task<double[]> EvaluateAsync(
        Scenario scenario, IReadOnlyList<StudiedInput> inputs, double[][] points, int target, int trialsPerPoint, ulong seed, JcmEngine engine, CancellationToken cancellationToken)
    {
        var session = await EngineSessions.OpenAsync(engine, cancellationToken).ConfigureAwait(false);
        var plan = new TrialPlan(trialsPerPoint, Math.Min(trialsPerPoint, BlockSize));
        var outputs = new double[points.Length];
        for (var r = 0; r < points.Length; r++)
        {
            var variant = scenario;
            for (var j = 0; j < inputs.Count; j++)
            {
                variant = inputs[j].Parameter.HeldAt(variant, inputs[j].Range.Quantile(points[r][j]));
            }

            var sum = 0.0;
            await foreach (var block in session.RunAsync(variant, new CompiledScenario(variant), seed, plan, cancellationToken).ConfigureAwait(false))
            {
                foreach (var value in block.CumulativeMt[target].AsSpan(0, block.Count))
                {
                    sum += value;
                }
            }

            outputs[r] = sum / trialsPerPoint;
        }

        return outputs;
    }
}
