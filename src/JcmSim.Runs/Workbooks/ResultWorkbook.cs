using System.Globalization;
using ClosedXML.Excel;
using JcmSim.Analysis.Results;

namespace JcmSim.Runs.Workbooks;

/// <summary>
/// results.xlsx, the planner's workbook: the run's results as sheets to read, filter and quote
/// (Summary, Comparisons when the run compares scenarios, Annual, Observations when a scenario names
/// some, Assumptions, Manifest). Every sheet is one table: headings with units in row 1 (frozen, in
/// the run's language), numbers as numbers with formats for MtCO2, % and yen, so a cell holds the
/// value of summary.json, annual.parquet or manifest.json to Excel's precision (15 significant digits,
/// as ClosedXML writes them) and only its display is rounded further.
/// What each sheet holds is stated once, in <see cref="WorkbookSheets"/>; <see cref="Write"/> and
/// <see cref="Read"/> are its writer and reader.
/// </summary>
public static class ResultWorkbook
{
    private const string HeaderFill = "#E8EEF4";

    /// <summary>
    /// Writes the workbook of <paramref name="results"/> to <paramref name="path"/> atomically: into a
    /// temporary file beside it, then renamed over it, so a failure leaves no half-written workbook.
    /// <c>jcmsim run</c> calls it on its result folder; the explorer's export calls it on the results it holds.
    /// </summary>
    /// <param name="results">A run's results (<see cref="RunResults.LoadAsync"/>, or a run's outcome).</param>
    /// <param name="path">The file to write, normally <c>results.xlsx</c> (<see cref="ResultFileNames.ResultsWorkbook"/>) in the result folder.</param>
    /// <param name="language">"en" or "ja": the headings and words of the cells.</param>
    /// <exception cref="ArgumentException"><paramref name="language"/> is neither "en" nor "ja".</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(RunResults results, string path, string language)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(path);
        if (language is not ("en" or "ja"))
        {
            throw new ArgumentException($"The workbook's language must be \"en\" or \"ja\", not \"{language}\".", nameof(language));
        }

        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var workbook = new XLWorkbook())
            {
                var sheets = new WorkbookSheets(results, language);
                sheets.AddTo(workbook);
                workbook.Properties.Title = language == "ja" ? "JcmSim 実行結果" : "JcmSim results";
                workbook.Properties.Author = $"JcmSim {results.Manifest.Version}";
                // Saved through a stream: ClosedXML picks the format from a path's extension, which the temporary name lacks.
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite);
                workbook.SaveAs(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Reads every sheet of a workbook written by <see cref="Write"/>, in sheet order.</summary>
    /// <param name="path">The workbook.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<WorkbookSheet> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The workbook '{path}' does not exist.", path);
        }

        using var workbook = new XLWorkbook(path);
        var sheets = new List<WorkbookSheet>();
        foreach (var sheet in workbook.Worksheets)
        {
            var columns = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
            var headings = Enumerable.Range(1, columns).Select(c => sheet.Cell(1, c).GetString()).ToList();
            var rows = new List<IReadOnlyList<object?>>();
            for (var r = 2; r <= lastRow; r++)
            {
                rows.Add([.. Enumerable.Range(1, columns).Select(c => CellValue(sheet.Cell(r, c)))]);
            }

            sheets.Add(new WorkbookSheet(sheet.Name, headings, rows));
        }

        return sheets;
    }

    /// <summary>Adds one sheet: headings in row 1 (bold, shaded, wrapped, frozen, with a filter), one row per item.</summary>
    internal static void AddSheet<TRow>(XLWorkbook workbook, string name, IReadOnlyList<WorkbookColumn<TRow>> columns, IReadOnlyList<TRow> rows, string language)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var heading = sheet.Cell(1, c + 1);
            heading.SetValue(column.Heading(language));
            sheet.Column(c + 1).Width = column.Width;
            for (var r = 0; r < rows.Count; r++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                Set(cell, column.Value(rows[r]));
                if ((column.CellFormat?.Invoke(rows[r]) ?? column.Format) is { } format)
                {
                    cell.Style.NumberFormat.Format = format;
                }

                if (column.Bold?.Invoke(rows[r]) == true)
                {
                    cell.Style.Font.Bold = true;
                }
            }
        }

        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml(HeaderFill);
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(1).Height = 45;
        sheet.SheetView.FreezeRows(1);
        if (rows.Count > 0)
        {
            sheet.Range(1, 1, rows.Count + 1, columns.Count).SetAutoFilter();
        }
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case double d when !double.IsFinite(d):
                // Excel has no NaN or infinity: a value the run could not give stays empty.
                break;
            case double d:
                cell.SetValue(d);
                break;
            case int i:
                cell.SetValue(i);
                break;
            case long l:
                cell.SetValue(l);
                break;
            case string s:
                // SetValue, not Value: ClosedXML 0.95's Value setter guesses a type from text, so a date such
                // as an observation's "2013-03-31" would become a serial number and "=…" a formula.
                cell.SetValue(s);
                break;
            default:
                throw new ArgumentException($"A workbook cell holds a double, int, long, string or null, not {value.GetType().Name}.", nameof(value));
        }
    }

    private static object? CellValue(IXLCell cell) => cell.IsEmpty() ? null : cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble(),
        _ => cell.GetString(),
    };

    /// <summary>A whole number as a cell: a number while a double holds it exactly (2⁵³), else text.</summary>
    internal static object WholeNumber(ulong value) =>
        value <= 1UL << 53 ? (double)value : value.ToString(CultureInfo.InvariantCulture);
}
