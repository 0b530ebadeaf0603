namespace JcmSim.Runs.Workbooks;

/// <summary>
/// One sheet of results.xlsx as read back (<see cref="ResultWorkbook.Read"/>): its headings (row 1)
/// and the rows under them, each cell a <see cref="double"/>, a <see cref="string"/> or null when empty.
/// </summary>
/// <param name="Name">Sheet name (Summary, Comparisons, Annual, Observations, Assumptions, Manifest).</param>
/// <param name="Headings">Column headings, in the run's language.</param>
/// <param name="Rows">Data rows, in order; every row has as many cells as there are headings.</param>
public sealed record WorkbookSheet(string Name, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The cell of data row <paramref name="row"/> (0-based) under column <paramref name="column"/> (0-based).</summary>
    public object? this[int row, int column] => Rows[row][column];

    /// <summary>The values of column <paramref name="column"/> (0-based), top to bottom.</summary>
    public IReadOnlyList<object?> Column(int column) => [.. Rows.Select(r => r[column])];
}
