namespace JcmSim.ScenarioFormat;

/// <summary>One data row of a table, its cells by column name.</summary>
/// <param name="Index">0-based index among the data rows (used in field paths).</param>
/// <param name="Position">Where the row starts.</param>
/// <param name="Cells">The cells present, by column.</param>
/// <param name="TablePath">Field path of the table, e.g. <c>partners</c>.</param>
internal sealed record TableRow(int Index, SourcePosition Position, IReadOnlyDictionary<string, TableCell> Cells, string TablePath)
{
    /// <summary>The field path of a cell, e.g. <c>partners[3].signingYear</c>.</summary>
    public string PathOf(string column) => $"{TablePath}[{Index}].{column}";
}
