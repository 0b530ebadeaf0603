using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads typed cells of one table row, reporting bad cells at their CSV (or YAML) position.
/// A column missing from the header was reported once with the header, so its cells are
/// silently absent here.
/// </summary>
internal sealed class RowReader(TableRow row, LoadContext context)
{
    /// <summary>The row being read.</summary>
    public TableRow Row { get; } = row;

    /// <summary>The cell of <paramref name="column"/> with non-empty text, or null (an error when required and empty).</summary>
    public TableCell? Cell(string column, bool required = true)
    {
        if (!Row.Cells.TryGetValue(column, out var cell))
        {
            return null;
        }

        if (cell.Text.Trim().Length == 0)
        {
            if (required)
            {
                context.Error(cell.Position, Row.PathOf(column), "empty, but required");
            }

            return null;
        }

        return cell;
    }

    /// <summary>The text of a cell.</summary>
    public string? Text(string column, bool required = true) => Cell(column, required)?.Text.Trim();

    /// <summary>A number within <paramref name="range"/>.</summary>
    public double? Number(string column, ValueRange range, bool required = true) =>
        Cell(column, required) is { } cell ? ValueReader.Number(AsScalar(cell), Row.PathOf(column), range, context) : null;

    /// <summary>A whole number within <paramref name="range"/>.</summary>
    public int? WholeNumber(string column, WholeNumberRange range, bool required = true) =>
        Cell(column, required) is { } cell ? ValueReader.WholeNumber(AsScalar(cell), Row.PathOf(column), range, context) : null;

    /// <summary>The number in the column of <paramref name="field"/>, required unless it has a default.</summary>
    public double? Number(ScenarioField field) => Number(field.Key, field.Values, field.IsRequired);

    /// <summary>The whole number in the column of <paramref name="field"/>, required unless it has a default.</summary>
    public int? WholeNumber(ScenarioField field) => WholeNumber(field.Key, field.WholeValues, field.IsRequired);

    private static SourceScalar AsScalar(TableCell cell) => new(cell.Position, cell.Text.Trim(), isPlain: true);
}
