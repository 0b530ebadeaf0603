using System.Globalization;
using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Studies;

/// <summary>
/// <c>jcmsim sensitivity</c>: global sensitivity of one output (mean cumulative at a target year, or
/// P(target met)) to the scenario's uncertainties. Sobol: a Saltelli design of N(k + 2) points,
/// first-order (Saltelli 2010) and total-order (Jansen) indices with bootstrap intervals. Morris: r
/// trajectories of k + 1 points, μ, μ* and σ. Every point runs the same trials with the same seed.
/// Writes sensitivity.parquet, sensitivity.json, points.parquet/csv, manifest.json and bar charts.
/// The notebook API computes its results with the same <see cref="Sobol(SensitivityStudyInfo, SaltelliDesign, double[])"/>
/// and <see cref="Morris(SensitivityStudyInfo, MorrisDesign, double[])"/>.
/// </summary>
public static class SensitivityStudy
{
    /// <summary>File name of the JSON result.</summary>
    public const string Json = "sensitivity.json";

    /// <summary>Base name of the index table.</summary>
    public const string TableName = "sensitivity";

    /// <summary>Runs a Sobol' study (<c>--method sobol</c>); returns its result.</summary>
    /// <exception cref="BadInputException">Bad options, or the output does not vary over the design (the indices are then undefined).</exception>
    public static Task<StudyOutcome<SobolResult>> SobolAsync(SensitivityOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RunAsync(options, host, commandLine, k => SaltelliDesign(options, k), design => design.Points, Sobol,
            (folder, result, language, token) => WriteAsync(folder, result, language, token), cancellationToken);
    }

    /// <summary>Runs a Morris study (<c>--method morris</c>); returns its result.</summary>
    /// <exception cref="BadInputException">Bad options, or the output does not vary over the design (the indices are then undefined).</exception>
    public static Task<StudyOutcome<MorrisResult>> MorrisAsync(SensitivityOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RunAsync(options, host, commandLine, k => MorrisDesign(options, k), design => design.Points, Morris,
            (folder, result, language, token) => WriteAsync(folder, result, language, token), cancellationToken);
    }

    /// <summary>
    /// What a study of <paramref name="inputs"/> on <paramref name="scenario"/> varied and measured
    /// (<paramref name="outputs"/>: the output at every point of the design), with the note on what its indices assume.
    /// </summary>
    public static SensitivityStudyInfo Describe(Scenario scenario, string method, int samples, int trialsPerPoint, ulong seed, int targetYear, string output, IReadOnlyList<StudiedInput> inputs, double[] outputs)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var note = method == SobolResult.MethodName
            ? "Sobol indices assume independent inputs: the scenario's correlations are not imposed on the Saltelli design. Each point's output is an estimate from its trials under common random numbers; indices below about 0.02 are within noise."
            : "Morris elementary effects are in output units per step of Δ on the unit cube of each input's study range; inputs are varied independently (correlations are not imposed).";
        return new SensitivityStudyInfo(scenario.Name, scenario.Title, samples, outputs.Length, trialsPerPoint, seed, JcmSimVersion.Current, targetYear, output, Variance(outputs),
            inputs.Select(StudyInputs.Describe).ToList(), note);
    }

    /// <summary>The Sobol' indices of <paramref name="outputs"/> at the rows of <paramref name="design"/>, with 95% bootstrap intervals.</summary>
    public static SobolResult Sobol(SensitivityStudyInfo study, SaltelliDesign design, double[] outputs)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new SobolResult(study, Analysis.Studies.Sobol.Analyze(design, outputs, SensitivityOptions.BootstrapResamples, 0.95, study.Seed));
    }

    /// <summary>The Morris statistics of <paramref name="outputs"/> at the rows of <paramref name="design"/>, with 95% bootstrap intervals of μ*.</summary>
    public static MorrisResult Morris(SensitivityStudyInfo study, MorrisDesign design, double[] outputs)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new MorrisResult(study, Analysis.Studies.Morris.Analyze(design, outputs, SensitivityOptions.BootstrapResamples, 0.95, study.Seed));
    }

    /// <summary>Writes sensitivity.parquet, sensitivity.csv and sensitivity.json of a Sobol' study.</summary>
    public static Task WriteAsync(string folder, SobolResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Indices.Inputs;
        var table = InputColumns(result.Study, rows.Select(r => r.Input))
            .Number("first_order", rows.Select(r => r.First)).Number("first_order_low", rows.Select(r => r.FirstLow)).Number("first_order_high", rows.Select(r => r.FirstHigh))
            .Number("total_order", rows.Select(r => r.Total)).Number("total_order_low", rows.Select(r => r.TotalLow)).Number("total_order_high", rows.Select(r => r.TotalHigh));
        return WriteAsync(folder, table, result, cancellationToken);
    }

    /// <summary>Writes sensitivity.parquet, sensitivity.csv and sensitivity.json of a Morris study.</summary>
    public static Task WriteAsync(string folder, MorrisResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Indices.Inputs;
        var table = InputColumns(result.Study, rows.Select(r => r.Input))
            .Number("mu", rows.Select(r => r.Mu)).Number("mu_star", rows.Select(r => r.MuStar)).Number("mu_star_low", rows.Select(r => r.MuStarLow))
            .Number("mu_star_high", rows.Select(r => r.MuStarHigh)).Number("sigma", rows.Select(r => r.Sigma));
        return WriteAsync(folder, table, result, cancellationToken);
    }

    // The steps both methods share: inputs, target, design (planned from the number of inputs, checked
    // before anything is written), the points on the engine, the zero-variance check, files and manifest.
    private static async Task<StudyOutcome<TResult>> RunAsync<TDesign, TResult>(
        SensitivityOptions options,
        IRunHost host,
        string commandLine,
        Func<int, TDesign> plan,
        Func<TDesign, double[][]> pointsOf,
        Func<SensitivityStudyInfo, TDesign, double[], TResult> analyze,
        Func<string, TResult, string, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        var study = options.Study;
        var loaded = StudySession.Load(study);
        var inputs = StudyInputs.Select(loaded.Scenario, study.Inputs, study.Scenario);
        var target = StudyTargets.Resolve(loaded.Scenario, options.TargetYear, study.Scenario);
        var design = plan(inputs.Count);
        var unit = pointsOf(design);
        if ((long)unit.Length > StudyDesign.MaxPoints)
        {
            throw new BadInputException($"--samples {options.Samples}: {unit.LongLength:N0} points (allowed: at most {StudyDesign.MaxPoints:N0}).");
        }

        var values = StudyInputs.Values(inputs, unit);
        await using var session = await StudySession.StartAsync(study, loaded, "sensitivity", host, cancellationToken);
        var runner = session.Runner(inputs);
        IReadOnlyList<PointOutcome> points = [];
        await session.WithProgressAsync($"{loaded.Scenario.Name}: {options.Method}, {values.Length:N0} points", values.Length, async progress => points = await runner.RunAsync(values, progress, cancellationToken));

        var outputs = points.Select(p => p.At(target.FiscalYear)).Select(t => options.Output == "probability" ? t.Probability : t.MeanMt).ToArray();
        var info = Describe(loaded.Scenario, options.Method, options.Samples, study.TrialsPerPoint, study.Seed, target.FiscalYear, options.Output, inputs, outputs);
        if (info.OutputVariance == 0)
        {
            var what = options.Output == "probability" ? $"P(FY{target.FiscalYear} target met)" : $"the mean cumulative in FY{target.FiscalYear}";
            throw new BadInputException(
                $"{study.Scenario}: {what} is {outputs[0].ToString("G4", CultureInfo.InvariantCulture)} at every one of the {outputs.Length:N0} points, so it has zero variance and sensitivity indices are undefined (allowed: --output cumulative, or wider ranges in uncertainties: that reach where the target is met).");
        }

        var result = analyze(info, design, outputs);
        await write(session.FolderPath, result, study.Language, cancellationToken);
        await PointsFile.Table(inputs.Select(i => i.Path).ToList(), points).WriteAsync(session.FolderPath, PointsFile.Name, cancellationToken);
        return await session.CompleteAsync(result, commandLine, $"{values.Length:N0} points × {study.TrialsPerPoint:N0} trials", cancellationToken);
    }

    private static async Task WriteAsync(string folder, SobolResult result, string language, CancellationToken cancellationToken)
    {
        await WriteAsync(folder, result, cancellationToken);
        StudyChartSet.Sobol(folder, result, language);
    }

    private static async Task WriteAsync(string folder, MorrisResult result, string language, CancellationToken cancellationToken)
    {
        await WriteAsync(folder, result, cancellationToken);
        StudyChartSet.Morris(folder, result, language);
    }

    private static SaltelliDesign SaltelliDesign(SensitivityOptions options, int k)
    {
        if (options.Samples < 2)
        {
            throw new BadInputException($"--samples {options.Samples}: Sobol needs at least 2 base samples (allowed: 2 or more; a power of two such as 32 or 64 balances best).");
        }

        if (k > Analysis.Studies.Sobol.MaxDimensions)
        {
            throw new BadInputException($"{options.Study.Scenario}: {k} inputs (allowed: at most {Analysis.Studies.Sobol.MaxDimensions} for Sobol; choose some with --inputs).");
        }

        return Analysis.Studies.Sobol.Saltelli(options.Samples, k, options.Study.Seed);
    }

    private static MorrisDesign MorrisDesign(SensitivityOptions options, int k) => options.Samples < 2
        ? throw new BadInputException($"--samples {options.Samples}: Morris needs at least 2 trajectories (allowed: 2 or more; 10–20 is usual).")
        : Analysis.Studies.Morris.Trajectories(options.Samples, k, SensitivityOptions.MorrisLevels, options.Study.Seed);

    // The columns every index table starts with: the input's path and its label in both languages.
    private static StudyTable InputColumns(SensitivityStudyInfo study, IEnumerable<int> inputs)
    {
        var named = inputs.Select(i => study.Inputs[i]).ToList();
        return new StudyTable(named.Count)
            .Text("input", named.Select(r => r.Path))
            .Text("label_en", named.Select(r => r.Label.En))
            .Text("label_ja", named.Select(r => r.Label.In("ja")));
    }

    private static async Task WriteAsync<TResult>(string folder, StudyTable table, TResult result, CancellationToken cancellationToken)
    {
        await table.WriteAsync(folder, TableName, cancellationToken);
        await StudyJson.WriteAsync(Path.Combine(folder, Json), result, cancellationToken);
    }

    // Population variance: zero exactly when every output is the same.
    private static double Variance(double[] values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Length;
    }
}
