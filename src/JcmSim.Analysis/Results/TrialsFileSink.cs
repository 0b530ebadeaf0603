using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Writes buffers of trial rows to trials.parquet (one row group per buffer) and trials.csv.
/// Columns: see <see cref="TrialsSchema"/>.
/// </summary>
/// <remarks>
/// The CSV is RFC 4180 with "\n" line ends, UTF-8 without BOM, invariant culture, doubles in
/// round-trip ("R") form, booleans as true/false and an empty field for a missing first year, so
/// the bytes are the same on every machine and parse back to the same values.
/// </remarks>
internal sealed class TrialsFileSink : IAsyncDisposable
{
    private readonly Stream _parquetStream;
    private readonly ParquetWriter _parquet;
    private readonly StreamWriter _csv;
    private readonly DataField<string> _scenario;
    private readonly DataField<long> _trial;
    private readonly DataField<double>[] _cumulative;
    private readonly DataField<double>[][] _readings;
    private readonly DataField<bool>[] _met;
    private readonly DataField<int?>[] _firstYearMet;
    private readonly DataField<int> _projectsFunded;
    private readonly DataField<int> _partnersActive;
    private readonly Dictionary<string, string> _csvNames = new(StringComparer.Ordinal);
    private readonly char[] _number = new char[64];

    private TrialsFileSink(Stream parquetStream, ParquetWriter parquet, StreamWriter csv, TrialsSchema schema)
    {
        _parquetStream = parquetStream;
        _parquet = parquet;
        _csv = csv;
        _scenario = schema.Scenario;
        _trial = schema.Trial;
        _cumulative = schema.CumulativeMt;
        _readings = schema.ReadingsMt;
        _met = schema.Met;
        _firstYearMet = schema.FirstYearMet;
        _projectsFunded = schema.ProjectsFunded;
        _partnersActive = schema.PartnersActive;
    }

    /// <summary>Starts both files on the given streams, which the sink then owns.</summary>
    public static async Task<TrialsFileSink> CreateAsync(Stream parquetStream, Stream csvStream, IReadOnlyList<int> targetYears)
    {
        var schema = new TrialsSchema(targetYears);
        var csv = new StreamWriter(csvStream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" };
        try
        {
            await csv.WriteLineAsync(string.Join(',', schema.Parquet.DataFields.Select(f => f.Name))).ConfigureAwait(false);
            var parquet = await ParquetWriter.CreateAsync(schema.Parquet, parquetStream, ResultParquet.Options).ConfigureAwait(false);
            return new TrialsFileSink(parquetStream, parquet, csv, schema);
        }
        catch
        {
            await csv.DisposeAsync().ConfigureAwait(false);
            await parquetStream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Writes the buffer's rows as one Parquet row group and as CSV lines.</summary>
    public async Task WriteAsync(TrialRowBuffer rows)
    {
        var count = rows.Count;
        using (var group = _parquet.CreateRowGroup())
        {
            await group.WriteAsync(_scenario, new ArraySegment<string>(rows.Scenario, 0, count)).ConfigureAwait(false);
            await group.WriteAsync<long>(_trial, rows.Trial.AsMemory(0, count)).ConfigureAwait(false);
            for (var t = 0; t < _cumulative.Length; t++)
            {
                await group.WriteAsync<double>(_cumulative[t], rows.CumulativeMt[t].AsMemory(0, count)).ConfigureAwait(false);
                for (var r = 0; r < _readings.Length; r++)
                {
                    await group.WriteAsync<double>(_readings[r][t], rows.ReadingsMt[r][t].AsMemory(0, count)).ConfigureAwait(false);
                }

                await group.WriteAsync<bool>(_met[t], rows.Met[t].AsMemory(0, count)).ConfigureAwait(false);
                await group.WriteAsync<int>(_firstYearMet[t], rows.FirstYearMet[t].AsMemory(0, count)).ConfigureAwait(false);
            }

            await group.WriteAsync<int>(_projectsFunded, rows.ProjectsFunded.AsMemory(0, count)).ConfigureAwait(false);
            await group.WriteAsync<int>(_partnersActive, rows.PartnersActive.AsMemory(0, count)).ConfigureAwait(false);
            group.CompleteValidate();
        }

        for (var row = 0; row < count; row++)
        {
            WriteCsvRow(rows, row);
        }
    }

    /// <summary>Writes the Parquet footer and flushes both files.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _parquet.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await _parquetStream.DisposeAsync().ConfigureAwait(false);
            await _csv.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void WriteCsvRow(TrialRowBuffer rows, int row)
    {
        _csv.Write(CsvName(rows.Scenario[row]));
        _csv.Write(',');
        WriteInvariant(rows.Trial[row]);
        for (var t = 0; t < _cumulative.Length; t++)
        {
            _csv.Write(',');
            WriteInvariant(rows.CumulativeMt[t][row]);
            foreach (var reading in rows.ReadingsMt)
            {
                _csv.Write(',');
                WriteInvariant(reading[t][row]);
            }

            _csv.Write(rows.Met[t][row] ? ",true," : ",false,");
            if (rows.FirstYearMet[t][row] is { } year)
            {
                WriteInvariant(year);
            }
        }

        _csv.Write(',');
        WriteInvariant(rows.ProjectsFunded[row]);
        _csv.Write(',');
        WriteInvariant(rows.PartnersActive[row]);
        _csv.Write('\n');
    }

    private void WriteInvariant(double value)
    {
        // "R" is the shortest text that parses back to the same double.
        value.TryFormat(_number, out var written, "R", CultureInfo.InvariantCulture);
        _csv.Write(_number, 0, written);
    }

    private void WriteInvariant(long value)
    {
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _csv.Write(_number, 0, written);
    }

    private string CsvName(string name)
    {
        if (!_csvNames.TryGetValue(name, out var field))
        {
            // RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes.
            field = name.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : name;
            _csvNames.Add(name, field);
        }

        return field;
    }
}
