using System.Text;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas,
/// line breaks and doubled quotes (<c>""</c>). It keeps the line and column where each field
/// starts so errors point at the cell. Beyond RFC 4180: blank lines and lines starting with
/// <c>#</c> are skipped (data files carry their provenance in comments), and spaces around
/// unquoted fields are trimmed.
/// </summary>
internal static class CsvParser
{
    /// <summary>The records of <paramref name="text"/>, each a list of cells; syntax errors are recorded.</summary>
    public static List<List<TableCell>> Parse(string text, SourceDocument document, string path, LoadContext context)
    {
        var records = new List<List<TableCell>>();
        var i = 0;
        var line = 1;
        var column = 1;
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                Newline(text, ref i, ref line, ref column);
                continue;
            }

            if (c == '#' || IsBlankLine(text, i))
            {
                while (i < text.Length && text[i] is not ('\r' or '\n'))
                {
                    i++;
                }

                continue;
            }

            var record = new List<TableCell>();
            while (true)
            {
                field.Clear();
                SkipSpaces(text, ref i, ref column);
                var start = new SourcePosition(document, line, column);
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    column++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var q = text[i];
                        if (q == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                column += 2;
                                continue;
                            }

                            i++;
                            column++;
                            closed = true;
                            break;
                        }

                        if (q is '\r' or '\n')
                        {
                            field.Append('\n');
                            Newline(text, ref i, ref line, ref column);
                            continue;
                        }

                        field.Append(q);
                        i++;
                        column++;
                    }

                    if (!closed)
                    {
                        context.Error(start, path, "unterminated quoted field: a '\"' is missing");
                        return records;
                    }

                    SkipSpaces(text, ref i, ref column);
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        context.Error(new SourcePosition(document, line, column), path, $"unexpected '{text[i]}' after a closing quote", "a comma or the end of the line");
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                        {
                            i++;
                            column++;
                        }
                    }

                    record.Add(new TableCell(field.ToString(), start));
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i]);
                        i++;
                        column++;
                    }

                    record.Add(new TableCell(field.ToString().TrimEnd(), start));
                }

                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    column++;
                    continue;
                }

                break;
            }

            records.Add(record);
        }

        return records;
    }

    private static bool IsBlankLine(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i == text.Length || text[i] is '\r' or '\n';
    }

    private static void SkipSpaces(string text, ref int i, ref int column)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
            column++;
        }
    }

    private static void Newline(string text, ref int i, ref int line, ref int column)
    {
        if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            i++;
        }

        i++;
        line++;
        column = 1;
    }
}
