using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Studies;

/// <summary>
/// <c>jcmsim sweep</c>: runs every point of a grid or Latin-hypercube design over the scenario's
/// uncertainties (common random numbers) and writes points.parquet, points.csv, sweep.json,
/// manifest.json and the sweep chart atomically.
/// </summary>
public static class SweepStudy
{
    /// <summary>Base name of the JSON result.</summary>
    public const string Json = "sweep.json";

    /// <summary>Runs the study; returns its result.</summary>
    public static async Task<StudyOutcome<SweepResult>> RunAsync(SweepOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var study = options.Study;
        var loaded = StudySession.Load(study);
        var inputs = StudyInputs.Select(loaded.Scenario, study.Inputs, study.Scenario);
        var design = StudyDesign.Build(options.Design, options.Samples, inputs, loaded.Scenario.Correlations, study.Seed);
        await using var session = await StudySession.StartAsync(study, loaded, "sweep", host, cancellationToken);
        var result = await RunPointsAsync(session, options, inputs, design, cancellationToken);
        await WriteAsync(session.FolderPath, result, study.Language, cancellationToken);
        return await session.CompleteAsync(result, commandLine, $"{result.Points.Count:N0} points × {study.TrialsPerPoint:N0} trials", cancellationToken);
    }

    /// <summary>Runs the points of <paramref name="design"/> in <paramref name="session"/> under one progress display.</summary>
    public static async Task<SweepResult> RunPointsAsync(StudySession session, SweepOptions options, IReadOnlyList<StudiedInput> inputs, StudyDesign design, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(design);
        var runner = session.Runner(inputs);
        IReadOnlyList<PointOutcome> points = [];
        await session.WithProgressAsync($"{session.Scenario.Name}: {design.Values.Length:N0} points", design.Values.Length, async progress => points = await runner.RunAsync(design.Values, progress, cancellationToken));
        var scenario = session.Scenario;
        return new SweepResult(scenario.Name, scenario.Title, design.Kind, options.Samples, options.Study.TrialsPerPoint, options.Study.Seed, JcmSimVersion.Current,
            inputs.Select(StudyInputs.Describe).ToList(), design.Correlations, points);
    }

    /// <summary>Writes points.parquet, points.csv, sweep.json and the chart into <paramref name="folder"/>.</summary>
    public static async Task WriteAsync(string folder, SweepResult result, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await PointsFile.Table(result.Inputs.Select(i => i.Path).ToList(), result.Points).WriteAsync(folder, PointsFile.Name, cancellationToken);
        await StudyJson.WriteAsync(Path.Combine(folder, Json), result, cancellationToken);
        StudyChartSet.Sweep(folder, result, language);
    }
}
