using System.Globalization;
using JcmSim.Analysis.Contours;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Runs.Studies;
using JcmSim.ScenarioFormat;

namespace JcmSim.Runs.Maps;

/// <summary>
/// <c>jcmsim map</c>: P(each target met) over a grid of two inputs — by default private capital ×
/// partner expansion over their study ranges — with the 50% and 80% contours. The grid's points run
/// as a grid sweep's do (<see cref="StudyRunner"/>: the two inputs held at the point's values, every
/// other uncertain input random, every point the same trials with the same seed), so the map is
/// smooth: neighbouring points differ by the inputs' effect, not by noise. Writes map.parquet,
/// map.csv, map.json, one chart per target and manifest.json atomically. The notebook API runs the
/// same <see cref="Plan"/> and <see cref="ComputeAsync"/>.
/// </summary>
public static class MapStudy
{
    /// <summary>Runs the study; returns its result.</summary>
    public static async Task<StudyOutcome<MapResult>> RunAsync(MapOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var study = options.Study;
        var loaded = StudySession.Load(study);
        var plan = Plan(loaded.Scenario, options.Request, study.Scenario);
        await using var session = await StudySession.StartAsync(study, loaded, "map", host, cancellationToken);
        var runner = session.Runner(plan.Inputs);
        MapResult result = null!;
        await session.WithProgressAsync($"{plan.Scenario.Name}: map of {plan.Points.Length:N0} points", plan.Points.Length,
            async progress => result = await ComputeAsync(plan, runner, study.Seed, progress, cancellationToken));
        await MapFile.WriteAsync(session.FolderPath, result, cancellationToken);
        MapChartSet.Render(session.FolderPath, result, study.Language);
        return await session.CompleteAsync(result, commandLine, $"{plan.Points.Length:N0} points × {study.TrialsPerPoint:N0} trials", cancellationToken);
    }

    /// <summary>Checks <paramref name="request"/> against <paramref name="scenario"/> and lays out the grid; runs nothing.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="request">The axes, levels and targets.</param>
    /// <param name="file">The scenario file (or name), for messages.</param>
    /// <exception cref="BadInputException">An input, range, level count or target the map cannot take; the message names the option.</exception>
    public static MapPlan Plan(Scenario scenario, MapRequest request, string file)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Levels < 2 || request.Levels > MapRequest.MaxLevels)
        {
            throw new BadInputException($"--levels {request.Levels}: out of range (allowed: 2–{MapRequest.MaxLevels} levels per axis).");
        }

        if (request.X.Path == request.Y.Path)
        {
            throw new BadInputException($"--x and --y both name {request.X.Path} (allowed: two different inputs).");
        }

        var targets = Targets(scenario, request.TargetYears ?? [], file);
        var (xInput, x) = Axis(scenario, request.X, request.Levels, targets, file, "--x");
        var (yInput, y) = Axis(scenario, request.Y, request.Levels, targets, file, "--y");
        var points = x.Levels.SelectMany(xv => y.Levels.Select(yv => new[] { xv, yv })).ToArray();
        return new MapPlan(scenario, [xInput, yInput], x, y, targets, points);
    }

    /// <summary>Runs every point of <paramref name="plan"/> on <paramref name="runner"/> (made for <see cref="MapPlan.Inputs"/>) and traces the contours.</summary>
    /// <param name="plan">The map.</param>
    /// <param name="runner">Runs points of the plan's scenario and inputs with the study's trials and seed.</param>
    /// <param name="seed">The runner's seed, for the result.</param>
    /// <param name="progress">Advances by trials done.</param>
    /// <param name="cancellationToken">Stops the points.</param>
    public static async Task<MapResult> ComputeAsync(MapPlan plan, StudyRunner runner, ulong seed, IRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(runner);
        var points = await runner.RunAsync(plan.Points, progress, cancellationToken).ConfigureAwait(false);
        var scenario = plan.Scenario;
        var result = new MapResult(scenario.Name, scenario.Title, runner.TrialsPerPoint, seed, JcmSimVersion.Current, plan.X, plan.Y, [], points);
        var targets = plan.Targets.Select(t =>
        {
            var probability = result.Probability(t.FiscalYear);
            return new MapTarget(t.FiscalYear, t.ThresholdMt, MapRequest.ContourProbabilities.Select(p => MarchingSquares.Trace(plan.X.Levels, plan.Y.Levels, probability, p)).ToList());
        }).ToList();
        return result with { Targets = targets };
    }

    private static List<ReductionTarget> Targets(Scenario scenario, IReadOnlyList<int> years, string file)
    {
        if (years.Count == 0)
        {
            return [.. scenario.Accounting.Targets];
        }

        return years.Distinct().Select(year => StudyTargets.Resolve(scenario, year, file)).OrderBy(t => t.FiscalYear).ToList();
    }

    private static (StudiedInput Input, MapAxis Axis) Axis(Scenario scenario, MapAxisRequest request, int levels, IReadOnlyList<ReductionTarget> targets, string file, string option)
    {
        var input = StudyLever.Resolve(scenario, request.Path, file, option, $"{option}-range");
        var low = request.Low ?? StudyInputs.ValueAt(input, 0);
        var high = request.High ?? StudyInputs.ValueAt(input, 1);
        if (!(double.IsFinite(low) && double.IsFinite(high) && low < high))
        {
            throw new BadInputException($"{option}-range {Format(low)},{Format(high)}: not a range to map (allowed: two finite values LOW,HIGH with LOW < HIGH).");
        }

        foreach (var end in new[] { low, high })
        {
            if (!StudyInputFields.Accepts(input.Path, end, out var allowed))
            {
                throw new BadInputException($"{option}-range {Format(low)},{Format(high)}: {input.Path} cannot be {Format(end)} (allowed: {allowed}).");
            }
        }

        var values = Enumerable.Range(0, levels).Select(i => i == levels - 1 ? high : low + (i * (high - low) / (levels - 1))).ToList();
        var capital = targets
            .Select(t => GoalSeekStudy.CapitalPerUnit(scenario, input.Path, t.FiscalYear) is { } perUnit ? new MapCapitalScale(t.FiscalYear, perUnit) : null)
            .OfType<MapCapitalScale>()
            .ToList();
        return (input, new MapAxis(StudyInputs.Describe(input), StudyInputFields.Unit(input.Path), low, high, values, capital));
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
