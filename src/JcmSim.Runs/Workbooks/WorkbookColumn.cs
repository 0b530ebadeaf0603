namespace JcmSim.Runs.Workbooks;

/// <summary>
/// One column of a sheet of results.xlsx, stated once: heading in both languages (with its unit),
/// width, number format and how a row gives its value. The writer draws from it; the reader returns
/// the cells under the heading it wrote.
/// </summary>
/// <typeparam name="TRow">What one row of the sheet stands for.</typeparam>
/// <param name="En">English heading, unit in brackets.</param>
/// <param name="Ja">Japanese heading, unit in brackets.</param>
/// <param name="Width">Column width, in characters.</param>
/// <param name="Format">Excel number format, or null for text and general numbers.</param>
/// <param name="Value">The cell: a double, int, long, string or null (empty; so is a non-finite double).</param>
internal sealed record WorkbookColumn<TRow>(string En, string Ja, double Width, string? Format, Func<TRow, object?> Value)
{
    /// <summary>Cells drawn in bold for the rows it holds (the tested reading).</summary>
    public Func<TRow, bool>? Bold { get; init; }

    /// <summary>A per-cell number format overriding <see cref="Format"/>, or null to keep it.</summary>
    public Func<TRow, string?>? CellFormat { get; init; }

    /// <summary>The heading in <paramref name="language"/>.</summary>
    public string Heading(string language) => language == "ja" ? Ja : En;
}
