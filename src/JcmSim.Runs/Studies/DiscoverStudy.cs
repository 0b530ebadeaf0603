using System.Globalization;
using System.Text.Json;
using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>
/// <c>jcmsim discover</c>: scenario discovery with PRIM on sweep results. A point counts as "target
/// missed" when its P(target met) is below <see cref="DiscoverOptions.MissedBelow"/> (0.5 by default:
/// the target is more likely missed than met there); PRIM peels the input space towards the region
/// where missed points are densest. Writes discover.json (the trajectory, the chosen box and the
/// sentence), boxes.parquet/csv, the peeling chart, and, when it ran the sweep itself, the sweep's files.
/// </summary>
public static class DiscoverStudy
{
    /// <summary>File name of the JSON result.</summary>
    public const string Json = "discover.json";

    /// <summary>Base name of the trajectory table.</summary>
    public const string BoxesName = "boxes";

    /// <summary>Runs the study; returns its result.</summary>
    /// <exception cref="BadInputException">Bad options or sweep folder, or no point misses the target.</exception>
    public static async Task<StudyOutcome<DiscoverResult>> RunAsync(DiscoverOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var study = options.From is null ? options.Study : options.Study with { InProcess = true, Cluster = null };
        var loaded = StudySession.Load(study);
        var target = StudyTargets.Resolve(loaded.Scenario, options.TargetYear ?? loaded.Scenario.Accounting.Targets[0].FiscalYear, study.Scenario);
        SweepResult sweep;
        string source;
        if (options.From is { } from)
        {
            sweep = ReadSweep(from, loaded.Scenario, target.FiscalYear);
            source = from;
        }
        else
        {
            var inputs = StudyInputs.Select(loaded.Scenario, study.Inputs, study.Scenario);
            var design = StudyDesign.Build("lhs", options.Samples, inputs, loaded.Scenario.Correlations, study.Seed);
            await using var sweepSession = await StudySession.StartAsync(study, loaded, "discover", host, cancellationToken);
            sweep = await SweepStudy.RunPointsAsync(sweepSession, new SweepOptions(study, "lhs", options.Samples), inputs, design, cancellationToken);
            await SweepStudy.WriteAsync(sweepSession.FolderPath, sweep, study.Language, cancellationToken);
            var ranHere = await AnalyseAsync(sweepSession.FolderPath, sweep, target, options, $"lhs {options.Samples}", cancellationToken);
            return await sweepSession.CompleteAsync(ranHere, commandLine, $"{sweep.Points.Count:N0} points × {study.TrialsPerPoint:N0} trials", cancellationToken);
        }

        await using var session = await StudySession.StartAsync(study, loaded, "discover", host, cancellationToken);
        var result = await AnalyseAsync(session.FolderPath, sweep, target, options, source, cancellationToken);
        return await session.CompleteAsync(result, commandLine, $"{sweep.Points.Count:N0} points from {source}", cancellationToken);
    }

    /// <summary>PRIM on the points of <paramref name="sweep"/>; writes discover.json and boxes.parquet/csv into <paramref name="folder"/>.</summary>
    public static async Task<DiscoverResult> AnalyseAsync(string folder, SweepResult sweep, ReductionTarget target, DiscoverOptions options, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var x = sweep.Points.Select(p => p.Values.ToArray()).ToArray();
        var missed = sweep.Points.Select(p => p.At(target.FiscalYear).Probability < options.MissedBelow).ToArray();
        var missedCount = missed.Count(m => m);
        if (missedCount == 0)
        {
            throw new BadInputException(
                $"{options.Study.Scenario}: the FY{target.FiscalYear} target is met (P ≥ {options.MissedBelow.ToString(CultureInfo.InvariantCulture)}) at every one of the {x.Length:N0} points, so there is no region where it is missed to describe (allowed: wider ranges in uncertainties:, or another --target).");
        }

        var prim = Prim.Peel(x, missed, new PrimOptions());
        var paths = sweep.Inputs.Select(i => i.Path).ToList();
        var outcome = new LocalizedText($"The {target.FiscalYear} target is missed", $"{target.FiscalYear}年目標が未達となる");
        var sentence = Prim.Describe(prim.Chosen, sweep.Inputs.Select(i => i.Label).ToList(), outcome);
        var trajectory = prim.Trajectory.Select((box, step) => new DiscoverBox(step, box.Coverage, box.Density, box.Support, box.Count, box.InterestingCount,
            box.Limits.Select(l => new DiscoverLimit(paths[l.Input], l.Low, l.High, l.RestrictsLow, l.RestrictsHigh)).ToList())).ToList();
        var result = new DiscoverResult(sweep.Scenario, target.FiscalYear, target.ThresholdMt, options.MissedBelow, source, x.Length, missedCount,
            sweep.Inputs, prim.ChosenIndex, sentence, trajectory, new PrimOptions());

        var boxes = new StudyTable(trajectory.Count)
            .Number("step", trajectory.Select(b => (double)b.Step))
            .Number("coverage", trajectory.Select(b => b.Coverage))
            .Number("density", trajectory.Select(b => b.Density))
            .Number("support", trajectory.Select(b => b.Support))
            .Number("cases", trajectory.Select(b => (double)b.Count))
            .Number("missed", trajectory.Select(b => (double)b.MissedCount))
            .Number("chosen", trajectory.Select(b => b.Step == prim.ChosenIndex ? 1.0 : 0.0));
        foreach (var path in paths)
        {
            boxes.Number($"{path}_low", trajectory.Select(b => b.Limits.FirstOrDefault(l => l.Path == path) is { RestrictsLow: true } l ? l.Low : double.NaN))
                .Number($"{path}_high", trajectory.Select(b => b.Limits.FirstOrDefault(l => l.Path == path) is { RestrictsHigh: true } l ? l.High : double.NaN));
        }

        await boxes.WriteAsync(folder, BoxesName, cancellationToken);
        await StudyJson.WriteAsync(Path.Combine(folder, Json), result, cancellationToken);
        StudyChartSet.Prim(folder, sweep, target.FiscalYear, prim, options.Study.Language);
        return result;
    }

    private static SweepResult ReadSweep(string folder, Scenario scenario, int targetYear)
    {
        var path = Path.Combine(folder, SweepStudy.Json);
        if (!File.Exists(path))
        {
            throw new BadInputException($"--from {folder}: no {SweepStudy.Json} there (allowed: the output folder of 'jcmsim sweep').");
        }

        SweepResult? sweep;
        try
        {
            sweep = JsonSerializer.Deserialize<SweepResult>(File.ReadAllText(path), StudyJson.Options);
        }
        catch (JsonException e)
        {
            throw new BadInputException($"--from {folder}: {SweepStudy.Json} is not a sweep result ({e.Message}).");
        }

        if (sweep is null || sweep.Points.Count == 0)
        {
            throw new BadInputException($"--from {folder}: {SweepStudy.Json} holds no points.");
        }

        if (sweep.Scenario != scenario.Name)
        {
            throw new BadInputException($"--from {folder}: the sweep is of scenario '{sweep.Scenario}', not '{scenario.Name}' (allowed: a sweep of the scenario given).");
        }

        if (sweep.Points[0].Targets.All(t => t.FiscalYear != targetYear))
        {
            throw new BadInputException($"--target {targetYear}: the sweep in {folder} has no FY{targetYear} target (allowed: {string.Join(", ", sweep.Points[0].Targets.Select(t => t.FiscalYear))}).");
        }

        return sweep;
    }
}
