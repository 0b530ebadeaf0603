using Parquet;
using Parquet.Schema;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Writes annual.parquet: columns scenario, series, unit, fiscal_year, mean, p5, p25, p50, p75, p95,
/// one row per (scenario, series, fiscal year) in run, series and year order.
/// </summary>
internal static class AnnualParquetFile
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

    public static async Task WriteAsync(string path, IReadOnlyList<AnnualRow> rows, CancellationToken cancellationToken)
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

    private static Task WriteAsync<T>(ParquetRowGroupWriter group, DataField<T> field, IEnumerable<T> values, CancellationToken cancellationToken)
        where T : struct =>
        group.WriteAsync<T>(field, values.ToArray().AsMemory(), cancellationToken: cancellationToken);
}
