using System.Globalization;
using JcmSim.Analysis.Studies;

namespace JcmSim.Runs.Studies;

/// <summary>
/// <c>jcmsim sensitivity</c>: global sensitivity of one output (mean cumulative at a target year, or
/// P(target met)) to the scenario's uncertainties. Sobol: a Saltelli design of N(k + 2) points,
/// first-order (Saltelli 2010) and total-order (Jansen) indices with bootstrap intervals. Morris: r
/// trajectories of k + 1 points, μ, μ* and σ. Every point runs the same trials with the same seed.
/// Writes sensitivity.parquet, sensitivity.json, points.parquet/csv, manifest.json and bar charts.
/// </summary>
public static class SensitivityStudy
{
    /// <summary>File name of the JSON result.</summary>
    public const string Json = "sensitivity.json";

    /// <summary>Base name of the index table.</summary>
    public const string TableName = "sensitivity";

    /// <summary>Runs the study; returns its result.</summary>
    /// <exception cref="BadInputException">Bad options, or the output does not vary over the design (the indices are then undefined).</exception>
    public static async Task<StudyOutcome<SensitivityResult>> RunAsync(SensitivityOptions options, IRunHost host, string commandLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var study = options.Study;
        var loaded = StudySession.Load(study);
        var inputs = StudyInputs.Select(loaded.Scenario, study.Inputs, study.Scenario);
        var target = StudyTargets.Resolve(loaded.Scenario, options.TargetYear, study.Scenario);
        var k = inputs.Count;
        double[][] unit;
        SaltelliDesign? saltelli = null;
        MorrisDesign? morris = null;
        if (options.Method == "sobol")
        {
            if (options.Samples < 2)
            {
                throw new BadInputException($"--samples {options.Samples}: Sobol needs at least 2 base samples (allowed: 2 or more; a power of two such as 32 or 64 balances best).");
            }

            if (k > Sobol.MaxDimensions)
            {
                throw new BadInputException($"{study.Scenario}: {k} inputs (allowed: at most {Sobol.MaxDimensions} for Sobol; choose some with --inputs).");
            }

            saltelli = Sobol.Saltelli(options.Samples, k, study.Seed);
            unit = saltelli.Points;
        }
        else
        {
            if (options.Samples < 2)
            {
                throw new BadInputException($"--samples {options.Samples}: Morris needs at least 2 trajectories (allowed: 2 or more; 10–20 is usual).");
            }

            morris = Morris.Trajectories(options.Samples, k, SensitivityOptions.MorrisLevels, study.Seed);
            unit = morris.Points;
        }

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
        var variance = Variance(outputs);
        if (variance == 0)
        {
            var what = options.Output == "probability" ? $"P(FY{target.FiscalYear} target met)" : $"the mean cumulative in FY{target.FiscalYear}";
            throw new BadInputException(
                $"{study.Scenario}: {what} is {outputs[0].ToString("G4", CultureInfo.InvariantCulture)} at every one of the {outputs.Length:N0} points, so it has zero variance and sensitivity indices are undefined (allowed: --output cumulative, or wider ranges in uncertainties: that reach where the target is met).");
        }

        var entries = new List<SensitivityEntry>(k);
        SobolIndices? sobolIndices = null;
        IReadOnlyList<MorrisIndex>? morrisIndices = null;
        if (saltelli is not null)
        {
            var indices = sobolIndices = Sobol.Analyze(saltelli, outputs, SensitivityOptions.BootstrapResamples, 0.95, study.Seed);
            entries.AddRange(indices.Inputs.Select(i => new SensitivityEntry(inputs[i.Input].Path, inputs[i.Input].Parameter.Label,
                i.First, i.FirstLow, i.FirstHigh, i.Total, i.TotalLow, i.TotalHigh, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)));
        }
        else
        {
            var indices = morrisIndices = Morris.Analyze(morris!, outputs, SensitivityOptions.BootstrapResamples, 0.95, study.Seed);
            entries.AddRange(indices.Select(i => new SensitivityEntry(inputs[i.Input].Path, inputs[i.Input].Parameter.Label,
                double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, i.Mu, i.MuStar, i.MuStarLow, i.MuStarHigh, i.Sigma)));
        }

        var note = options.Method == "sobol"
            ? "Sobol indices assume independent inputs: the scenario's correlations are not imposed on the Saltelli design. Each point's output is an estimate from its trials under common random numbers; indices below about 0.02 are within noise."
            : "Morris elementary effects are in output units per step of Δ on the unit cube of each input's study range; inputs are varied independently (correlations are not imposed).";
        var result = new SensitivityResult(loaded.Scenario.Name, loaded.Scenario.Title, options.Method, options.Samples, values.Length, study.TrialsPerPoint, study.Seed, JcmSimVersion.Current,
            target.FiscalYear, options.Output, variance, inputs.Select(StudyInputInfo.Of).ToList(), entries, note);

        await WriteAsync(session.FolderPath, result, cancellationToken);
        await PointsFile.Table(inputs.Select(i => i.Path).ToList(), points).WriteAsync(session.FolderPath, PointsFile.Name, cancellationToken);
        if (sobolIndices is not null)
        {
            StudyChartSet.Sobol(session.FolderPath, result, sobolIndices, study.Language);
        }
        else
        {
            StudyChartSet.Morris(session.FolderPath, result, morrisIndices!, study.Language);
        }

        return await session.CompleteAsync(result, commandLine, $"{values.Length:N0} points × {study.TrialsPerPoint:N0} trials", cancellationToken);
    }

    /// <summary>Writes sensitivity.parquet, sensitivity.csv and sensitivity.json.</summary>
    public static async Task WriteAsync(string folder, SensitivityResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Indices;
        var table = new StudyTable(rows.Count)
            .Text("input", rows.Select(r => r.Path))
            .Text("label_en", rows.Select(r => r.Label.En))
            .Text("label_ja", rows.Select(r => r.Label.In("ja")));
        table = result.Method == "sobol"
            ? table.Number("first_order", rows.Select(r => r.First)).Number("first_order_low", rows.Select(r => r.FirstLow)).Number("first_order_high", rows.Select(r => r.FirstHigh))
                .Number("total_order", rows.Select(r => r.Total)).Number("total_order_low", rows.Select(r => r.TotalLow)).Number("total_order_high", rows.Select(r => r.TotalHigh))
            : table.Number("mu", rows.Select(r => r.Mu)).Number("mu_star", rows.Select(r => r.MuStar)).Number("mu_star_low", rows.Select(r => r.MuStarLow))
                .Number("mu_star_high", rows.Select(r => r.MuStarHigh)).Number("sigma", rows.Select(r => r.Sigma));
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
