using Parquet;
using Parquet.Schema;

namespace JcmSim.Analysis.Results;

/// <summary>
/// annual.parquet, written and read here from one schema: columns scenario, series, unit,
/// fiscal_year, mean, p5, p25, p50, p75, p95, one row per (scenario, series, fiscal year) in run,
/// series and year order.
/// </summary>
public static class AnnualParquetFile
{
    private static readonly DataField<string> Scenario = new("scenario", nullable: false);
    private static readonly DataField<string> Series = new("series", nullable: false);
    private static readonly DataField<string> Unit = new("unit", nullable: false);
    private static readonly DataField<int> FiscalYear = new("fiscal_year");
    private static readonly DataField<double> Mean = new("mean");
    private static readonly DataField<double> P5 = new("p5");
    private static readonly DataField<double> P25 = new("p25");
    private static readonly DataField<double> P50 = new("p50");
    private static readonly DataField<double> P75 = new("p75");
    private static readonly DataField<double> P95 = new("p95");
    private static readonly ParquetSchema Schema = new(Scenario, Series, Unit, FiscalYear, Mean, P5, P25, P50, P75, P95);

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>.</summary>
    internal static async Task WriteAsync(string path, IReadOnlyList<AnnualRow> rows, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, ResultParquet.Options, cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var start = 0; start < rows.Count; start += ResultParquet.RowGroupRows)
        {
            var chunk = rows.Skip(start).Take(ResultParquet.RowGroupRows).ToArray();
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(Scenario, chunk.Select(r => r.Scenario).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(Series, chunk.Select(r => r.Series).ToArray()).ConfigureAwait(false);
            await group.WriteAsync(Unit, chunk.Select(r => r.Unit).ToArray()).ConfigureAwait(false);
            await WriteAsync(group, FiscalYear, chunk.Select(r => r.FiscalYear), cancellationToken).ConfigureAwait(false);
            await WriteAsync(group, Mean, chunk.Select(r => r.Values.Mean), cancellationToken).ConfigureAwait(false);
            await WriteAsync(group, P5, chunk.Select(r => r.Values.P5), cancellationToken).ConfigureAwait(false);
            await WriteAsync(group, P25, chunk.Select(r => r.Values.P25), cancellationToken).ConfigureAwait(false);
            await WriteAsync(group, P50, chunk.Select(r => r.Values.P50), cancellationToken).ConfigureAwait(false);
            await WriteAsync(group, P75, chunk.Select(r => r.Values.P75), cancellationToken).ConfigureAwait(false);
            await WriteAsync(group, P95, chunk.Select(r => r.Values.P95), cancellationToken).ConfigureAwait(false);
            group.CompleteValidate();
        }
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A column is missing.</exception>
    public static async Task<AnnualTable> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        var fields = Schema.DataFields.Select(column => reader.Schema.DataFields.FirstOrDefault(f => f.Name == column.Name)
            ?? throw new InvalidDataException($"'{path}' has no column '{column.Name}'.")).ToArray();
        var rows = new List<Row>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            var scenario = new string?[n];
            var series = new string?[n];
            var unit = new string?[n];
            var year = new int[n];
            var values = new double[6][];
            await group.ReadAsync(fields[0], scenario.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(fields[1], series.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync(fields[2], unit.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.ReadAsync<int>(fields[3], year.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < 6; k++)
            {
                values[k] = new double[n];
                await ReadDoublesAsync(group, fields[4 + k], values[k], cancellationToken).ConfigureAwait(false);
            }

            for (var i = 0; i < n; i++)
            {
                rows.Add(new Row(scenario[i] ?? "", series[i] ?? "", unit[i] ?? "", year[i], values[0][i], values[1][i], values[2][i], values[3][i], values[4][i], values[5][i]));
            }
        }

        return new AnnualTable(rows
            .GroupBy(r => (r.Scenario, r.Series))
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.Year).ToArray();
                return new AnnualSeriesValues(
                    g.Key.Scenario,
                    g.Key.Series,
                    ordered[0].Unit,
                    ordered.Select(r => r.Year).ToArray(),
                    ordered.Select(r => r.Mean).ToArray(),
                    ordered.Select(r => r.P5).ToArray(),
                    ordered.Select(r => r.P25).ToArray(),
                    ordered.Select(r => r.P50).ToArray(),
                    ordered.Select(r => r.P75).ToArray(),
                    ordered.Select(r => r.P95).ToArray());
            }));
    }

    private static async Task ReadDoublesAsync(ParquetRowGroupReader group, DataField field, double[] destination, CancellationToken cancellationToken) =>
        await group.ReadAsync<double>(field, destination.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);

    private sealed record Row(string Scenario, string Series, string Unit, int Year, double Mean, double P5, double P25, double P50, double P75, double P95);

    private static Task WriteAsync<T>(ParquetRowGroupWriter group, DataField<T> field, IEnumerable<T> values, CancellationToken cancellationToken)
        where T : struct =>
        group.WriteAsync<T>(field, values.ToArray().AsMemory(), cancellationToken: cancellationToken);
}
