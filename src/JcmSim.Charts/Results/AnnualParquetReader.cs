using Parquet;
using Parquet.Schema;

namespace JcmSim.Charts.Results;

/// <summary>
/// Reads annual.parquet (columns scenario, series, unit, fiscal_year, mean, p5, p25, p50, p75, p95;
/// see <c>JcmSim.Analysis.Results.AnnualParquetFile</c>) into an <see cref="AnnualTable"/>.
/// </summary>
public static class AnnualParquetReader
{
    private static readonly string[] Columns = ["scenario", "series", "unit", "fiscal_year", "mean", "p5", "p25", "p50", "p75", "p95"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A column is missing.</exception>
    public static async Task<AnnualTable> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        var fields = Columns.Select(name => reader.Schema.DataFields.FirstOrDefault(f => f.Name == name)
            ?? throw new InvalidDataException($"'{path}' has no column '{name}'.")).ToArray();
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
}
