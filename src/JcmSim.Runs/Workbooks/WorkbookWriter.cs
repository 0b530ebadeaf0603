using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static JcmSim.Runs.Workbooks.SpreadsheetXml;

namespace JcmSim.Runs.Workbooks;

/// <summary>
/// Writes results.xlsx sheet by sheet with the Open XML SDK's streaming writer: each sheet one table
/// (headings in row 1, frozen, with a filter over the table), then the shared strings, the styles and
/// the workbook's list of sheets. <see cref="Save"/> finishes the file; without it the package is not a workbook.
/// </summary>
/// <remarks>
/// Streams the cells rather than building a workbook model and saving it (what ClosedXML did): cold, in a
/// 100-trial run, the model and its save took ~0.4 s of processor time beside the charts, most of it
/// loading and compiling code used once. The file holds what Excel needs and no more: numbers to 15
/// significant digits (Excel's precision), text as shared strings, and the styles the cells name.
/// </remarks>
internal sealed class WorkbookWriter : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Excel stores a column's width as the characters it shows plus 5 pixels of padding at Calibri 11
    // (0.71 of a character), and shows the characters: what Excel and ClosedXML write for a width set in characters.
    private const double WidthPadding = 0.710625;
    private const string HeadingRowHeight = "45";

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly WorkbookStyles _styles = new();
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<(string Name, string PartId, string? Table)> _sheets = [];
    private int _stringUses;

    /// <summary>Starts a workbook in <paramref name="stream"/>, with its title and author as document properties.</summary>
    public WorkbookWriter(Stream stream, string title, string author)
    {
        _document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        _document.PackageProperties.Title = title;
        _document.PackageProperties.Creator = author;
        _workbook = _document.AddWorkbookPart();
    }

    /// <summary>
    /// Adds one sheet: headings in row 1 (bold, shaded, wrapped, frozen, with a filter), one row per item,
    /// each cell in its column's width and number format (bold where the column says so).
    /// </summary>
    /// <exception cref="ArgumentException">A cell's value is not a double, int, long, string or null.</exception>
    public void AddSheet<TRow>(string name, IReadOnlyList<WorkbookColumn<TRow>> columns, IReadOnlyList<TRow> rows, string language)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        var (lastColumn, lastRow) = (columns.Count - 1, rows.Count + 1);
        var table = $"A1:{Reference(lastColumn, lastRow)}";
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            Empty(writer, new SheetDimension(), Attribute("ref", table));
            WriteFrozenHeadings(writer, selected: _sheets.Count == 0);
            writer.WriteStartElement(new Columns());
            for (var c = 0; c < columns.Count; c++)
            {
                Empty(writer, new Column(), Attribute("min", c + 1), Attribute("max", c + 1), Attribute("width", Number(columns[c].Width + WidthPadding)), Attribute("customWidth", "1"));
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            writer.WriteStartElement(new Row(), [Attribute("r", "1"), Attribute("ht", HeadingRowHeight), Attribute("customHeight", "1")]);
            for (var c = 0; c < columns.Count; c++)
            {
                WriteCell(writer, c, 1, WorkbookStyles.Heading, columns[c].Heading(language));
            }

            writer.WriteEndElement();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                writer.WriteStartElement(new Row(), [Attribute("r", r + 2)]);
                for (var c = 0; c < columns.Count; c++)
                {
                    var column = columns[c];
                    var style = _styles.Cell(column.CellFormat?.Invoke(row) ?? column.Format, column.Bold?.Invoke(row) == true);
                    WriteCell(writer, c, r + 2, style, column.Value(row));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            if (rows.Count > 0)
            {
                Empty(writer, new AutoFilter(), Attribute("ref", table));
            }

            writer.WriteEndElement();
        }

        _sheets.Add((name, _workbook.GetIdOfPart(part), rows.Count > 0 ? $"$A$1:{Reference(lastColumn, lastRow, absolute: true)}" : null));
    }

    /// <summary>Writes the shared strings, the styles and the workbook's sheets: the workbook is complete once disposed.</summary>
    public void Save()
    {
        WriteSharedStrings(_workbook.AddNewPart<SharedStringTablePart>());
        _styles.WriteTo(_workbook.AddNewPart<WorkbookStylesPart>());
        using var writer = OpenXmlWriter.Create(_workbook);
        writer.WriteStartElement(new Workbook(), [], [new KeyValuePair<string, string>("r", RelationshipsNamespace)]);
        writer.WriteStartElement(new BookViews());
        Empty(writer, new WorkbookView(), Attribute("activeTab", "0"));
        writer.WriteEndElement();
        writer.WriteStartElement(new Sheets());
        for (var s = 0; s < _sheets.Count; s++)
        {
            Empty(writer, new Sheet(), Attribute("name", _sheets[s].Name), Attribute("sheetId", s + 1), new OpenXmlAttribute("r", "id", RelationshipsNamespace, _sheets[s].PartId));
        }

        writer.WriteEndElement();
        if (_sheets.Any(s => s.Table is not null))
        {
            // Excel keeps a sheet's filter range under this hidden name and looks for it there.
            writer.WriteStartElement(new DefinedNames());
            for (var s = 0; s < _sheets.Count; s++)
            {
                if (_sheets[s].Table is { } table)
                {
                    writer.WriteStartElement(new DefinedName(), [Attribute("name", "_xlnm._FilterDatabase"), Attribute("localSheetId", s), Attribute("hidden", "1")]);
                    writer.WriteString($"'{_sheets[s].Name.Replace("'", "''", StringComparison.Ordinal)}'!{table}");
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <inheritdoc />
    public void Dispose() => _document.Dispose();

    private static void WriteFrozenHeadings(OpenXmlWriter writer, bool selected)
    {
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView(), selected ? [Attribute("tabSelected", "1"), Attribute("workbookViewId", "0")] : [Attribute("workbookViewId", "0")]);
        Empty(writer, new Pane(), Attribute("ySplit", "1"), Attribute("topLeftCell", "A2"), Attribute("activePane", "bottomLeft"), Attribute("state", "frozen"));
        Empty(writer, new Selection(), Attribute("pane", "bottomLeft"), Attribute("activeCell", "A2"), Attribute("sqref", "A2"));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteCell(OpenXmlWriter writer, int column, int row, int style, object? value)
    {
        var (type, text) = value switch
        {
            null => (null, null),
            // Excel has no NaN or infinity: a value the run could not give stays empty.
            double d when !double.IsFinite(d) => (null, null),
            double d => ("n", d.ToString("G15", CultureInfo.InvariantCulture)),
            int i => ("n", Number(i)),
            long l => ("n", l.ToString(CultureInfo.InvariantCulture)),
            string s => ("s", Number(SharedString(s))),
            _ => throw new ArgumentException($"A workbook cell holds a double, int, long, string or null, not {value.GetType().Name}.", nameof(value)),
        };
        if (text is null && style == 0)
        {
            return;
        }

        List<OpenXmlAttribute> attributes = [Attribute("r", Reference(column, row))];
        if (style != 0)
        {
            attributes.Add(Attribute("s", style));
        }

        if (type is not null)
        {
            attributes.Add(Attribute("t", type));
        }

        writer.WriteStartElement(new Cell(), attributes);
        if (text is not null)
        {
            writer.WriteElement(new CellValue(text));
        }

        writer.WriteEndElement();
    }

    private int SharedString(string text)
    {
        _stringUses++;
        if (!_strings.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _strings.Add(text, index);
        }

        return index;
    }

    private void WriteSharedStrings(SharedStringTablePart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable(), [Attribute("count", _stringUses), Attribute("uniqueCount", _strings.Count)]);
        foreach (var (text, _) in _strings.OrderBy(s => s.Value))
        {
            writer.WriteStartElement(new SharedStringItem());
            // Spaces at either end, and line breaks, are kept only when the text says so.
            writer.WriteStartElement(new Text(), text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n', StringComparison.Ordinal))
                ? [new OpenXmlAttribute("xml", "space", XmlNamespace, "preserve")]
                : []);
            writer.WriteString(SpreadsheetText.Escape(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A cell's A1 reference from its 0-based column and 1-based row: "A1", "Z9", "AA10"; "$AA$10" when absolute.</summary>
    private static string Reference(int column, int row, bool absolute = false)
    {
        var letters = new StringBuilder();
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        var mark = absolute ? "$" : "";
        return $"{mark}{letters}{mark}{Number(row)}";
    }
}
