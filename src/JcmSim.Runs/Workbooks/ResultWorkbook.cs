using System.Globalization;
using ClosedXML.Excel;
using JcmSim.Analysis.Results;

namespace JcmSim.Runs.Workbooks;

/// <summary>
/// results.xlsx, the planner's workbook: the run's results as sheets to read, filter and quote
/// (Summary, Comparisons when the run compares scenarios, Annual, Observations when a scenario names
/// some, Assumptions, Manifest). Every sheet is one table: headings with units in row 1 (frozen, in
/// the run's language), numbers as numbers with formats for MtCO2, % and yen, so a cell holds the
/// value of summary.json, annual.parquet or manifest.json to Excel's precision (15 significant digits)
/// and only its display is rounded further.
/// What each sheet holds is stated once, in <see cref="WorkbookSheets"/>; <see cref="Write"/> streams it
/// with the Open XML SDK (<see cref="WorkbookWriter"/>), and <see cref="Read"/> reads it back with ClosedXML,
/// a second library, so what the tests read is what a spreadsheet program finds.
/// </summary>
public static class ResultWorkbook
{
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
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite))
            using (var workbook = new WorkbookWriter(stream, language == "ja" ? "JcmSim 実行結果" : "JcmSim results", $"JcmSim {results.Manifest.Version}"))
            {
                new WorkbookSheets(results, language).AddTo(workbook);
                workbook.Save();
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

    private static object? CellValue(IXLCell cell) => cell.IsEmpty() ? null : cell.DataType switch
    {
        XLDataType.Number => cell.GetDouble(),
        _ => cell.GetString(),
    };

    /// <summary>A whole number as a cell: a number while a double holds it exactly (2⁵³), else text.</summary>
    internal static object WholeNumber(ulong value) =>
        value <= 1UL << 53 ? (double)value : value.ToString(CultureInfo.InvariantCulture);
}
