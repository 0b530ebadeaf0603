using System.Net;
using System.Text;
using JcmSim.Analysis.Tables;

namespace JcmSim.Notebooks;

/// <summary>
/// A table that shows itself in a notebook: as aligned plain text (<see cref="ToString"/>), as
/// Markdown and as HTML. The notebook runner writes all three into the cell's output
/// (<c>text/plain</c>, <c>text/markdown</c>, <c>text/html</c>); a viewer picks the richest it knows.
/// </summary>
public sealed class ResultTable
{
    /// <summary>Wraps already formatted cells.</summary>
    public ResultTable(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
    }

    /// <summary>The formatted cells.</summary>
    public TextTable Table { get; }

    /// <summary>Column headers.</summary>
    public IReadOnlyList<string> Columns => Table.Columns;

    /// <summary>Rows of cells.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => Table.Rows;

    /// <summary>The table as plain text, columns padded to their widest cell (CJK characters count two columns, as a terminal shows them).</summary>
    public override string ToString()
    {
        var widths = Table.Columns.Select((c, i) => Table.Rows.Select(r => Width(r[i])).Append(Width(c)).Max()).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Count; i++)
            {
                var padding = new string(' ', widths[i] - Width(cells[i]));
                line.Append(i == 0 ? "" : "  ").Append(Table.RightAligned[i] ? padding + cells[i] : cells[i] + padding);
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        Line(Table.Columns);
        Line(widths.Select(w => new string('-', w)).ToList());
        foreach (var row in Table.Rows)
        {
            Line(row);
        }

        if (Table.Caption.Length > 0)
        {
            text.Append(Table.Caption).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Columns a monospaced display gives <paramref name="text"/>: East Asian wide and full-width characters take two.</summary>
    internal static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
                or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
                ? 2
                : 1;
        }

        return width;
    }

    /// <summary>The table as GitHub-flavoured Markdown, the caption in italics below it.</summary>
    public string ToMarkdown()
    {
        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", Table.Columns.Select(Cell)).Append(" |\n|");
        foreach (var right in Table.RightAligned)
        {
            text.Append(right ? "---:|" : "---|");
        }

        text.Append('\n');
        foreach (var row in Table.Rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        }

        if (Table.Caption.Length > 0)
        {
            text.Append("\n*").Append(Table.Caption).Append("*\n");
        }

        return text.ToString();
    }

    /// <summary>The table as an HTML fragment (a <c>table</c> with its caption), text encoded.</summary>
    public string ToHtml()
    {
        var text = new StringBuilder("<table>\n");
        if (Table.Caption.Length > 0)
        {
            text.Append("<caption>").Append(WebUtility.HtmlEncode(Table.Caption)).Append("</caption>\n");
        }

        text.Append("<thead><tr>");
        for (var i = 0; i < Table.Columns.Count; i++)
        {
            text.Append(Table.RightAligned[i] ? "<th style=\"text-align:right\">" : "<th style=\"text-align:left\">")
                .Append(WebUtility.HtmlEncode(Table.Columns[i])).Append("</th>");
        }

        text.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in Table.Rows)
        {
            text.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                text.Append(Table.RightAligned[i] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                    .Append(WebUtility.HtmlEncode(row[i])).Append("</td>");
            }

            text.Append("</tr>\n");
        }

        return text.Append("</tbody>\n</table>").ToString();
    }
}
