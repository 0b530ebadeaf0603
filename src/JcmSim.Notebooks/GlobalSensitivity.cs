using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;
using JcmSim.Runs;
using JcmSim.Runs.Studies;

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

    /// <summary>
    /// The input values and the output at every point of <paramref name="points"/> (unit-cube
    /// coordinates), in row order: the points run as <c>jcmsim sensitivity</c> runs them (the
    /// application layer's <see cref="StudyInputs"/> and <see cref="StudyRunner"/>), so an unbounded
    /// range gives finite extremes and the same design gives the same points.
    /// </summary>
    public static async Task<(double[][] Values, double[] Outputs)> EvaluateAsync(
        Scenario scenario, IReadOnlyList<StudiedInput> inputs, double[][] points, int target, int trialsPerPoint, ulong seed, JcmEngine engine, CancellationToken cancellationToken)
    {
        var running = await Jcm.Engines.GetAsync(engine.Choice, cancellationToken).ConfigureAwait(false);
        var values = StudyInputs.Values(inputs, points);
        var runner = new StudyRunner(running, scenario, inputs, new TrialPlan(trialsPerPoint, BlockSizing.For(trialsPerPoint, Environment.ProcessorCount)), seed);
        var outcomes = await runner.RunAsync(values, RunHost.NoProgress, cancellationToken).ConfigureAwait(false);
        var year = scenario.Accounting.Targets[target].FiscalYear;
        return (values, outcomes.Select(o => o.At(year).MeanMt).ToArray());
    }
}
