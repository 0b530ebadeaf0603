using System.Globalization;
using JcmSim.Runs.Maps;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>The console table of a map: every point with its two input values (capital also in JPY per year), P(each target) with its 95% Wilson interval and the median cumulative; computes nothing.</summary>
public static class MapTable
{
    /// <summary>Builds the table.</summary>
    public static Table Build(MapResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ja = language == "ja";
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("#");
        foreach (var axis in new[] { result.X, result.Y })
        {
            table.AddColumn(new TableColumn(new Text(axis.Input.Path)).RightAligned());
        }

        foreach (var target in result.Targets)
        {
            var threshold = target.ThresholdMt.ToString("#,0.##", CultureInfo.InvariantCulture);
            table.AddColumn(new TableColumn(new Text(ja ? $"FY{target.FiscalYear}までに{threshold}百万t以上の確率 [95%区間]" : $"P(≥{threshold} Mt by FY{target.FiscalYear}) [95% CI]")).RightAligned());
            table.AddColumn(new TableColumn(new Text(ja ? $"FY{target.FiscalYear} 累積中央値 百万t" : $"median FY{target.FiscalYear} Mt")).RightAligned());
        }

        var capitalYear = result.Targets.Count > 0 ? result.Targets[0].FiscalYear : 0;
        foreach (var point in result.Points)
        {
            var cells = new List<string>
            {
                point.Index.ToString(CultureInfo.InvariantCulture),
                Value(result.X, point.Values[0], capitalYear, ja),
                Value(result.Y, point.Values[1], capitalYear, ja),
            };
            foreach (var target in result.Targets)
            {
                var outcome = point.At(target.FiscalYear);
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{100 * outcome.Probability:F1}% [{100 * outcome.CiLow:F1}, {100 * outcome.CiHigh:F1}]"));
                cells.Add(outcome.MedianMt.ToString("F1", CultureInfo.InvariantCulture));
            }

            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        var contours = string.Join(" ", result.Targets.Select(t => Contours(t, ja)));
        table.Caption(new TableTitle(ja
            ? $"{result.X.Levels.Count}×{result.Y.Levels.Count} 点、各 {result.TrialsPerPoint:N0} 試行（共通乱数、シード {result.Seed}）。区間は Wilson の95%。{contours}"
            : $"{result.X.Levels.Count} × {result.Y.Levels.Count} points, {result.TrialsPerPoint:N0} trials each (common random numbers, seed {result.Seed}). Intervals: 95% Wilson. {contours}"));
        return table;
    }

    private static string Value(MapAxis axis, double value, int fiscalYear, bool ja)
    {
        var text = value.ToString("G4", CultureInfo.InvariantCulture);
        if (axis.JpyPerYearPerUnit(fiscalYear) is not { } perUnit)
        {
            return text;
        }

        var jpy = value * perUnit;
        return ja
            ? string.Create(CultureInfo.InvariantCulture, $"{text}（年{jpy / 1e8:N0}億円）")
            : string.Create(CultureInfo.InvariantCulture, $"{text} (¥{jpy / 1e9:N0} bn/yr)");
    }

    private static string Contours(MapTarget target, bool ja)
    {
        var drawn = target.Contours.Where(c => c.Lines.Count > 0).Select(c => (100 * c.Level).ToString("0.#", CultureInfo.InvariantCulture) + "%").ToList();
        return ja
            ? $"FY{target.FiscalYear}: 等確率線 {(drawn.Count > 0 ? string.Join("・", drawn) : "なし")}。"
            : $"FY{target.FiscalYear}: contours {(drawn.Count > 0 ? string.Join(", ", drawn) : "none")} on the map.";
    }
}
