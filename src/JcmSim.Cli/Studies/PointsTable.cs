using JcmSim.Runs.Studies;
using System.Globalization;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>The console table of a sweep: the first points with their input values and P(each target) with intervals; computes nothing.</summary>
public static class PointsTable
{
    /// <summary>Builds the table of at most <paramref name="rows"/> points.</summary>
    public static Table Build(SweepResult result, string language, int rows = 20)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ja = language == "ja";
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("#");
        foreach (var input in result.Inputs)
        {
            // The last two segments (entity and field) tell the columns apart; the files have the full paths.
            table.AddColumn(new TableColumn(new Text(string.Join('.', input.Path.Split('.')[^2..]))).RightAligned());
        }

        var targets = result.Points.Count > 0 ? result.Points[0].Targets : [];
        foreach (var target in targets)
        {
            table.AddColumn(new TableColumn(new Text(ja ? $"FY{target.FiscalYear} 達成確率" : $"P(FY{target.FiscalYear})")).RightAligned());
            table.AddColumn(new TableColumn(new Text(ja ? $"FY{target.FiscalYear} 中央値 百万t" : $"median FY{target.FiscalYear} Mt")).RightAligned());
        }

        foreach (var point in result.Points.Take(rows))
        {
            var cells = new List<string> { point.Index.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(point.Values.Select(v => v.ToString("G3", CultureInfo.InvariantCulture)));
            foreach (var target in point.Targets)
            {
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{100 * target.Probability:F0}%"));
                cells.Add(target.MedianMt.ToString("F1", CultureInfo.InvariantCulture));
            }

            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        var shown = Math.Min(rows, result.Points.Count);
        table.Caption(new TableTitle(ja
            ? $"{result.Points.Count:N0} 点中 {shown:N0} 点、各 {result.TrialsPerPoint:N0} 試行（共通乱数、シード {result.Seed}）。区間と全入力パスは points.csv に。"
            : $"{shown:N0} of {result.Points.Count:N0} points, {result.TrialsPerPoint:N0} trials each (common random numbers, seed {result.Seed}). Intervals and full input paths: points.csv."));
        return table;
    }
}
