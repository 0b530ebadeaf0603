using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static JcmSim.Runs.Workbooks.SpreadsheetXml;

namespace JcmSim.Runs.Workbooks;

/// <summary>
/// The cell styles results.xlsx uses, numbered as the sheets ask for them: the default (0), the
/// heading style, and one style per number format and weight of the data cells. Written once, after
/// the sheets, as the workbook's stylesheet (Calibri 11, as Excel's default workbook has it).
/// </summary>
internal sealed class WorkbookStyles
{
    // Custom number formats are numbered from 164: 0–163 are Excel's built-in formats.
    private const int FirstCustomFormat = 164;
    private const string HeadingFill = "FFE8EEF4";

    private readonly Dictionary<string, int> _formats = new(StringComparer.Ordinal);
    private readonly Dictionary<(string? Format, bool Bold), int> _cells = new() { [(null, false)] = 0 };

    /// <summary>The style of a heading cell: bold on a pale fill, wrapped, top-aligned.</summary>
    public const int Heading = 1;

    /// <summary>The style of a data cell with <paramref name="format"/> (null: general) in bold or not.</summary>
    public int Cell(string? format, bool bold)
    {
        if (!_cells.TryGetValue((format, bold), out var index))
        {
            if (format is not null && !_formats.ContainsKey(format))
            {
                _formats.Add(format, FirstCustomFormat + _formats.Count);
            }

            // Index 1 is the heading's; data styles follow it.
            index = _cells.Count + 1;
            _cells.Add((format, bold), index);
        }

        return index;
    }

    /// <summary>Writes the stylesheet of every style handed out.</summary>
    public void WriteTo(WorkbookStylesPart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Stylesheet());
        if (_formats.Count > 0)
        {
            writer.WriteStartElement(new NumberingFormats(), [Count(_formats.Count)]);
            foreach (var (code, id) in _formats)
            {
                Empty(writer, new NumberingFormat(), Attribute("numFmtId", id), Attribute("formatCode", code));
            }

            writer.WriteEndElement();
        }

        writer.WriteStartElement(new Fonts(), [Count(2)]);
        WriteFont(writer, bold: false);
        WriteFont(writer, bold: true);
        writer.WriteEndElement();

        // Excel requires the first two fills to be 'none' and 'gray125', whatever the cells use.
        writer.WriteStartElement(new Fills(), [Count(3)]);
        WritePatternFill(writer, "none", null);
        WritePatternFill(writer, "gray125", null);
        WritePatternFill(writer, "solid", HeadingFill);
        writer.WriteEndElement();

        writer.WriteStartElement(new Borders(), [Count(1)]);
        writer.WriteStartElement(new Border());
        writer.WriteElement(new LeftBorder());
        writer.WriteElement(new RightBorder());
        writer.WriteElement(new TopBorder());
        writer.WriteElement(new BottomBorder());
        writer.WriteElement(new DiagonalBorder());
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement(new CellStyleFormats(), [Count(1)]);
        WriteFormat(writer, numberFormat: 0, font: 0, cellStyle: false);
        writer.WriteEndElement();

        // In index order: the default (0), the heading (1), then the data styles (2 on).
        writer.WriteStartElement(new CellFormats(), [Count(_cells.Count + 1)]);
        WriteFormat(writer, numberFormat: 0, font: 0, cellStyle: true);
        writer.WriteStartElement(new CellFormat(), [Attribute("numFmtId", 0), Attribute("fontId", 1), Attribute("fillId", 2), Attribute("borderId", 0), Attribute("xfId", 0), Attribute("applyFont", 1), Attribute("applyFill", 1), Attribute("applyAlignment", 1)]);
        Empty(writer, new Alignment(), Attribute("vertical", "top"), Attribute("wrapText", 1));
        writer.WriteEndElement();
        foreach (var ((format, bold), _) in _cells.Where(c => c.Value > 0).OrderBy(c => c.Value))
        {
            WriteFormat(writer, format is null ? 0 : _formats[format], bold ? 1 : 0, cellStyle: true);
        }

        writer.WriteEndElement();

        writer.WriteStartElement(new CellStyles(), [Count(1)]);
        Empty(writer, new CellStyle(), Attribute("name", "Normal"), Attribute("xfId", 0), Attribute("builtinId", 0));
        writer.WriteEndElement();

        writer.WriteEndElement();
    }

    private static void WriteFont(OpenXmlWriter writer, bool bold)
    {
        writer.WriteStartElement(new Font());
        if (bold)
        {
            writer.WriteElement(new Bold());
        }

        Empty(writer, new FontSize(), Attribute("val", "11"));
        Empty(writer, new FontName(), Attribute("val", "Calibri"));
        Empty(writer, new FontFamilyNumbering(), Attribute("val", 2));
        writer.WriteEndElement();
    }

    private static void WritePatternFill(OpenXmlWriter writer, string pattern, string? color)
    {
        writer.WriteStartElement(new Fill());
        writer.WriteStartElement(new PatternFill(), [Attribute("patternType", pattern)]);
        if (color is not null)
        {
            Empty(writer, new ForegroundColor(), Attribute("rgb", color));
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // A data cell's format: no fill, no border; cellStyle for a cell format (cellXfs) rather than the named style's (cellStyleXfs).
    private static void WriteFormat(OpenXmlWriter writer, int numberFormat, int font, bool cellStyle)
    {
        List<OpenXmlAttribute> attributes = [Attribute("numFmtId", numberFormat), Attribute("fontId", font), Attribute("fillId", 0), Attribute("borderId", 0)];
        if (cellStyle)
        {
            attributes.Add(Attribute("xfId", 0));
            if (numberFormat != 0)
            {
                attributes.Add(Attribute("applyNumberFormat", 1));
            }

            if (font != 0)
            {
                attributes.Add(Attribute("applyFont", 1));
            }
        }

        Empty(writer, new CellFormat(), [.. attributes]);
    }

    private static OpenXmlAttribute Count(int count) => Attribute("count", count);

}
