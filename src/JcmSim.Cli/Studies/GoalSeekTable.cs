using System.Globalization;
using JcmSim.Runs.Studies;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>The table of <c>jcmsim goal-seek</c>: every probe's lever value and P(target met) with its interval, in value order.</summary>
public static class GoalSeekTable
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja").</summary>
    public static Table Build(IReadOnlyList<GoalSeekProbeRow> rows, string path, int year, string language)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(new Text(path)).RightAligned());
        table.AddColumn(new TableColumn(new Text(language == "ja" ? $"FY{year} 達成確率 [95%区間]" : $"P(FY{year} met) [95% CI]")).RightAligned());
        foreach (var row in rows.OrderBy(r => r.Value))
        {
            table.AddRow(new Text(row.Value.ToString("G4", CultureInfo.InvariantCulture)), new Text(string.Create(CultureInfo.InvariantCulture, $"{100 * row.Probability:F1}% [{100 * row.CiLow:F1}, {100 * row.CiHigh:F1}]")));
        }

        return table;
    }
}
