using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace JcmSim.Runs.Studies;

/// <summary>
/// A small column table a study writes as Parquet and CSV with the same columns: text columns and
/// double columns in the order they were added (NaN for a missing number; CSV writes it empty).
/// </summary>
public sealed class StudyTable
{
    private readonly List<(string Name, string[]? Text, double[]? Numbers)> _columns = [];

    /// <summary>Rows of the table.</summary>
    public int Rows { get; }

    /// <summary>A table of <paramref name="rows"/> rows.</summary>
    public StudyTable(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        Rows = rows;
    }

    /// <summary>Adds a text column.</summary>
    public StudyTable Text(string name, IEnumerable<string> values) => Add(name, [.. values], null);

    /// <summary>Adds a number column.</summary>
    public StudyTable Number(string name, IEnumerable<double> values) => Add(name, null, [.. values]);

    /// <summary>Writes NAME.parquet and NAME.csv into <paramref name="folder"/>.</summary>
    public async Task WriteAsync(string folder, string name, CancellationToken cancellationToken)
    {
        await WriteParquetAsync(Path.Combine(folder, name + ".parquet"), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".csv"), Csv(), new UTF8Encoding(false), cancellationToken);
    }

    /// <summary>The table as CSV (RFC 4180, invariant culture, round-trip numbers).</summary>
    public string Csv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', _columns.Select(c => Quote(c.Name))).Append('\n');
        for (var r = 0; r < Rows; r++)
        {
            text.AppendJoin(',', _columns.Select(c => c.Text is { } t ? Quote(t[r]) : Format(c.Numbers![r]))).Append('\n');
        }

        return text.ToString();
    }

    private StudyTable Add(string name, string[]? text, double[]? numbers)
    {
        var length = text?.Length ?? numbers!.Length;
        if (length != Rows)
        {
            throw new ArgumentException($"Column {name} has {length} values, the table {Rows} rows.", nameof(name));
        }

        _columns.Add((name, text, numbers));
        return this;
    }

    private async Task WriteParquetAsync(string path, CancellationToken cancellationToken)
    {
        var fields = _columns.Select(c => c.Text is not null ? (DataField)new DataField<string>(c.Name, nullable: false) : new DataField<double>(c.Name)).ToArray();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < _columns.Count; i++)
        {
            if (_columns[i].Text is { } text)
            {
                await group.WriteAsync((DataField<string>)fields[i], text).ConfigureAwait(false);
            }
            else
            {
                await group.WriteAsync<double>((DataField<double>)fields[i], _columns[i].Numbers!.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        group.CompleteValidate();
    }

    private static string Format(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
