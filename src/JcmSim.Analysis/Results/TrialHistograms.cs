using Parquet;
using Parquet.Schema;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Reads <see cref="TrialHistogram"/>s from trials.parquet (written by <see cref="TrialsFileSink"/>) in two streaming passes over its row
/// groups (range, then counts), so memory does not grow with the number of trials.
/// </summary>
public static class TrialHistograms
{
    /// <summary>Target number of bins across the range of all scenarios.</summary>
    public const int TargetBins = 40;

    /// <summary>
    /// One histogram per scenario and target year, from the <c>scenario</c> and
    /// <c>cumulative_mt_YEAR</c> columns of the trials.parquet at <paramref name="path"/>.
    /// </summary>
    /// <param name="path">trials.parquet.</param>
    /// <param name="scenarios">Scenario names, in run order.</param>
    /// <param name="targetYears">Target years, naming the columns.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="InvalidDataException">A column is missing.</exception>
    public static async Task<IReadOnlyList<TrialHistogram>> ReadAsync(string path, IReadOnlyList<string> scenarios, IReadOnlyList<int> targetYears, CancellationToken cancellationToken = default)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        // The columns as the writer names them (TrialsSchema): one definition of trials.parquet.
        var columns = new TrialsSchema(targetYears);
        DataField Column(DataField wanted) =>
            reader.Schema.DataFields.FirstOrDefault(f => f.Name == wanted.Name) ?? throw new InvalidDataException($"'{path}' has no column '{wanted.Name}'.");
        var scenarioField = Column(columns.Scenario);
        var fields = columns.CumulativeMt.Select(Column).ToArray();
        var index = scenarios.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

        var min = Enumerable.Repeat(double.PositiveInfinity, fields.Length).ToArray();
        var max = Enumerable.Repeat(double.NegativeInfinity, fields.Length).ToArray();
        await ForEachRowGroupAsync(reader, scenarioField, fields, index, (t, _, value) =>
        {
            min[t] = Math.Min(min[t], value);
            max[t] = Math.Max(max[t], value);
        }, cancellationToken).ConfigureAwait(false);

        var bins = new (double Start, double Width, int Count)[fields.Length];
        for (var t = 0; t < fields.Length; t++)
        {
            bins[t] = Bins(min[t], max[t]);
        }

        var counts = new int[fields.Length, scenarios.Count][];
        for (var t = 0; t < fields.Length; t++)
        {
            for (var s = 0; s < scenarios.Count; s++)
            {
                counts[t, s] = new int[bins[t].Count];
            }
        }

        await ForEachRowGroupAsync(reader, scenarioField, fields, index, (t, s, value) =>
        {
            var bin = (int)Math.Floor((value - bins[t].Start) / bins[t].Width);
            counts[t, s][Math.Clamp(bin, 0, bins[t].Count - 1)]++;
        }, cancellationToken).ConfigureAwait(false);

        var result = new List<TrialHistogram>();
        for (var s = 0; s < scenarios.Count; s++)
        {
            for (var t = 0; t < fields.Length; t++)
            {
                result.Add(new TrialHistogram(scenarios[s], targetYears[t], bins[t].Start, bins[t].Width, counts[t, s], counts[t, s].Sum()));
            }
        }

        return result;
    }

    /// <summary>
    /// Bins of a "nice" width (1, 2, 2.5 or 5 × 10^k) nearest to giving <see cref="TargetBins"/> bins over
    /// [<paramref name="min"/>, <paramref name="max"/>], with edges on multiples of the width.
    /// </summary>
    public static (double Start, double Width, int Count) Bins(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            return (0, 1, 1);
        }

        var span = max - min;
        if (span <= 0)
        {
            // Every trial has the same value: one bin of width 1% of the value (or 0.1) around it.
            var width = Math.Max(Math.Abs(min) * 0.01, 0.1);
            return (min - (width / 2), width, 1);
        }

        var raw = span / TargetBins;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        // The nice width nearest the raw one (on a log scale), so the bin count stays near the target.
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).MinBy(w => Math.Abs(Math.Log(w / raw)));
        var start = Math.Floor(min / step) * step;
        var count = Math.Max(1, (int)Math.Floor((max - start) / step) + 1);
        return (start, step, count);
    }

    private static async Task ForEachRowGroupAsync(
        ParquetReader reader,
        Parquet.Schema.DataField scenarioField,
        Parquet.Schema.DataField[] fields,
        Dictionary<string, int> index,
        Action<int, int, double> visit,
        CancellationToken cancellationToken)
    {
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var scenario = new string?[n];
            await group.ReadAsync(scenarioField, scenario.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            var values = new double[n];
            for (var t = 0; t < fields.Length; t++)
            {
                await group.ReadAsync<double>(fields[t], values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < n; i++)
                {
                    if (scenario[i] is { } name && index.TryGetValue(name, out var s) && double.IsFinite(values[i]))
                    {
                        visit(t, s, values[i]);
                    }
                }
            }
        }
    }
}
