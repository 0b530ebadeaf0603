using System.Globalization;
using JcmSim.Analysis.Tables;

namespace JcmSim.Runs.Maps;

/// <summary>
/// The table of a map, the same cells on the console (<c>jcmsim map</c>) and in notebooks: every
/// point with its two input values (capital also in JPY per year), P(each target) with its 95% Wilson
/// interval and the median cumulative, and which contours the map has.
/// </summary>
public static class MapTableText
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja").</summary>
    public static TextTable Build(MapResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ja = language == "ja";
        // The last two segments (entity and field) tell the columns apart; the files have the full paths.
        var columns = new List<string> { "#" };
        columns.AddRange(new[] { result.X, result.Y }.Select(axis => string.Join('.', axis.Input.Path.Split('.')[^2..])));

        foreach (var target in result.Targets)
        {
            var threshold = target.ThresholdMt.ToString("#,0.##", CultureInfo.InvariantCulture);
            columns.Add(ja ? $"FY{target.FiscalYear}までに{threshold}百万t以上の確率 [95%区間]" : $"P(≥{threshold} Mt by FY{target.FiscalYear}) [95% CI]");
            columns.Add(ja ? $"FY{target.FiscalYear} 累積中央値 百万t" : $"median FY{target.FiscalYear} Mt");
        }

        var capitalYear = result.Targets.Count > 0 ? result.Targets[0].FiscalYear : 0;
        var rows = new List<IReadOnlyList<string>>();
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

            rows.Add(cells);
        }

        var contours = string.Join(" ", result.Targets.Select(t => Contours(t, ja)));
        return new TextTable(columns, columns.Select((_, i) => i > 0).ToList(), rows, ja
            ? $"{result.X.Levels.Count}×{result.Y.Levels.Count} 点、各 {result.TrialsPerPoint:N0} 試行（共通乱数、シード {result.Seed}）。区間は Wilson の95%。{contours}"
            : $"{result.X.Levels.Count} × {result.Y.Levels.Count} points, {result.TrialsPerPoint:N0} trials each (common random numbers, seed {result.Seed}). Intervals: 95% Wilson. {contours}");
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
