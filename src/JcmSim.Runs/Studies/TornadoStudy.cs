using JcmSim.Charts;
using JcmSim.Analysis.Tornado;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;

namespace JcmSim.Runs.Studies;

/// <summary>
/// One-at-a-time sensitivity of a scenario (<c>jcmsim tornado</c>). The base run has every input
/// uncertain; then each uncertain input (<see cref="ScenarioParameters.Uncertain"/>) is held at its
/// P10 and at its P90 with everything else unchanged, every run with the same seed, so the runs share
/// their random numbers and the differences are the inputs' effects, not noise. The engine is
/// started once for all runs. Writes tornado.json, tornado.parquet, manifest.json and the tornado
/// charts atomically.
/// </summary>
public static class TornadoStudy
{
    /// <summary>Runs the study; returns its result.</summary>
    /// <exception cref="BadInputException">The scenario has no uncertain input, or none matches the <c>--only</c> prefixes.</exception>
    public static async Task<StudyOutcome<TornadoResult>> RunAsync(TornadoOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var study = options.Study;
        var loaded = StudySession.Load(study);
        var scenario = loaded.Scenario;
        var parameters = Inputs(scenario, study.Inputs, study.Scenario);
        var runs = 1 + (2 * parameters.Count);
        await using var session = await StudySession.StartAsync(study, loaded, "tornado", host, cancellationToken);
        var plan = new TrialPlan(study.TrialsPerPoint, session.BlockSize);
        TornadoResult result = null!;
        await session.WithProgressAsync($"{scenario.Name}: {runs} runs", runs, async progress =>
            result = await TornadoRuns.RunAsync(scenario, parameters, study.TrialsPerPoint, study.Seed, JcmSimVersion.Current,
                variant => session.Engine.RunAsync(variant, new CompiledScenario(variant), study.Seed, plan, 0, cancellationToken),
                progress.Advance, options.LowQuantile, options.HighQuantile));

        await TornadoFiles.WriteAsync(session.FolderPath, result, cancellationToken);
        ResultFolderRenderer.Render(result, session.FolderPath, new ChartOptions { Language = study.Language, TornadoBars = options.Top });
        return await session.CompleteAsync(result, commandLine, $"{runs} runs × {study.TrialsPerPoint:N0} trials", cancellationToken);
    }

    /// <summary>
    /// The uncertain inputs of <paramref name="scenario"/> a one-at-a-time study varies: all of them,
    /// or those whose path is or starts with one of <paramref name="only"/>.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="only">Path prefixes (<c>--only</c>); empty for every uncertain input.</param>
    /// <param name="path">How messages name the scenario (its file, or its name).</param>
    /// <exception cref="BadInputException">The scenario has no uncertain input, or none matches <paramref name="only"/>.</exception>
    public static IReadOnlyList<ScenarioParameter> Inputs(Scenario scenario, IReadOnlyList<string> only, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(only);
        var uncertain = ScenarioParameters.Uncertain(scenario);
        if (uncertain.Count == 0)
        {
            throw new BadInputException($"{path}: the scenario has no uncertain input to vary (every distribution is fixed).");
        }

        if (only.Count == 0)
        {
            return uncertain;
        }

        var chosen = uncertain.Where(p => only.Any(prefix => p.Path == prefix || p.Path.StartsWith(prefix + ".", StringComparison.Ordinal))).ToList();
        if (chosen.Count == 0)
        {
            var sections = uncertain.Select(p => p.Path.Split('.')[0]).Distinct(StringComparer.Ordinal).ToList();
            var examples = sections.Select(section => uncertain.First(p => p.Path.StartsWith(section + ".", StringComparison.Ordinal)).Path);
            throw new BadInputException(
                $"--only {string.Join(",", only)} matches no uncertain input of {path} (allowed: a path or a prefix of one: {string.Join(", ", sections)}; e.g. {string.Join(", ", examples)}).");
        }

        return chosen;
    }
}
