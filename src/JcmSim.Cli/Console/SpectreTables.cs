using JcmSim.Analysis.Tables;
using Spectre.Console;

namespace JcmSim.Cli.Console;

/// <summary>Draws a <see cref="TextTable"/> (cells shared with the notebooks) as a Spectre.Console table.</summary>
public static class SpectreTables
{
    /// <summary>A rounded table with the cells, alignment and caption of <paramref name="text"/>.</summary>
    public static Table Draw(TextTable text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = new Table().Border(TableBorder.Rounded);
        for (var c = 0; c < text.Columns.Count; c++)
        {
            var column = new TableColumn(new Text(text.Columns[c]));
            table.AddColumn(text.RightAligned[c] ? column.RightAligned() : column);
        }

        foreach (var row in text.Rows)
        {
            table.AddRow(row.Select(c => new Text(c)).ToArray());
        }

        if (text.Caption.Length > 0)
        {
            table.Caption(new TableTitle(text.Caption));
        }

        return table;
    }
}
