using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

using JcmSim.Analysis.Tornado;

namespace JcmSim.Runs.Studies;

/// <summary>
/// The runs of a one-at-a-time sensitivity study, on whatever engine the caller runs scenarios on
/// (<c>jcmsim tornado</c> and the notebook API share it): the base run with every input uncertain,
/// then for each parameter one run with it held at its low quantile and one at its high quantile,
/// everything else unchanged, every run with the caller's seed (common random numbers).
/// </summary>
public static class TornadoRuns
{
    /// <summary>Runs the study and returns its result.</summary>
    /// <param name="scenario">The resolved scenario (the base run).</param>
    /// <param name="parameters">The inputs to vary, usually <see cref="ScenarioParameters.Uncertain"/> or a selection of them.</param>
    /// <param name="trials">Trials of every run.</param>
    /// <param name="seed">Seed of every run: the caller's <paramref name="run"/> must use it.</param>
    /// <param name="version">JcmSim version written into the result (chart footers).</param>
    /// <param name="run">Runs a scenario variant with <paramref name="trials"/> trials and <paramref name="seed"/>, yielding its blocks.</param>
    /// <param name="advance">Told the trials of every block as it arrives (progress); null for none.</param>
    /// <param name="lowQuantile">Probability of the low setting, e.g. 0.1.</param>
    /// <param name="highQuantile">Probability of the high setting, e.g. 0.9.</param>
    public static async Task<TornadoResult> RunAsync(
        Scenario scenario,
        IReadOnlyList<ScenarioParameter> parameters,
        int trials,
        ulong seed,
        string version,
        Func<Scenario, IAsyncEnumerable<TrialBlockResult>> run,
        Action<int>? advance = null,
        double lowQuantile = 0.1,
        double highQuantile = 0.9)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(run);
        var targets = scenario.Accounting.Targets.Select(t => new TornadoTarget(t.FiscalYear, t.ThresholdMt)).ToList();

        async Task<TornadoOutcome> OutcomeAsync(Scenario variant)
        {
            // The same per-target summary as a study's design point: P(met) and the median are read off it.
            var outcome = new PointOutcomeBuilder(scenario.Accounting.Targets, trials);
            await foreach (var block in run(variant).ConfigureAwait(false))
            {
                outcome.Add(block);
                advance?.Invoke(block.Count);
            }

            var point = outcome.Build(0, []);
            return new TornadoOutcome(point.Targets.Select(t => t.Probability).ToList(), point.Targets.Select(t => t.MedianMt).ToList());
        }

        var baseOutcome = await OutcomeAsync(scenario).ConfigureAwait(false);
        var entries = new List<TornadoEntry>();
        foreach (var parameter in parameters)
        {
            var low = await OutcomeAsync(parameter.FixedAt(scenario, lowQuantile)).ConfigureAwait(false);
            var high = await OutcomeAsync(parameter.FixedAt(scenario, highQuantile)).ConfigureAwait(false);
            entries.Add(new TornadoEntry(
                parameter.Path,
                parameter.Label,
                parameter.Scope,
                parameter.Distribution.Describe(),
                parameter.Distribution.Quantile(lowQuantile),
                parameter.Distribution.Quantile(highQuantile),
                low,
                high));
        }

        return new TornadoResult(scenario.Name, scenario.Title, trials, seed, version, lowQuantile, highQuantile, targets, baseOutcome, entries);
    }
}
