using JcmSim.Analysis.Tornado;
using JcmSim.Analysis.Tables;
using JcmSim.Charts.Localization;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Charts.Sensitivity;

/// <summary>
/// The end-of-study table of a tornado study (<c>jcmsim tornado</c> prints it, notebooks show it):
/// the inputs with the largest swing in the median cumulative at the last target year, with the
/// P(target) at their low and high settings.
/// </summary>
public static class TornadoTableText
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja") for the <paramref name="top"/> largest swings.</summary>
    public static TextTable Build(TornadoResult result, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ja = language == "ja";
        var numbers = ChartText.For(language).Numbers;
        var metrics = TornadoMetric.For(result.Targets);
        var median = metrics[^1];
        var probabilities = metrics.Where(m => m.Kind == TornadoMetricKind.Probability).ToList();
        var columns = new List<string>
        {
            ja ? "入力（P10〜P90）" : "Input (P10–P90)",
            ja ? $"{median.FiscalYear}年度 累積 中央値 P10 → P90 百万tCO2" : $"Median cumulative FY{median.FiscalYear}, P10 → P90, MtCO2",
        };
        columns.AddRange(probabilities.Select(m => ja ? $"{m.FiscalYear}年度 達成確率 P10 → P90" : $"P(FY{m.FiscalYear} target), P10 → P90"));

        var rows = new List<IReadOnlyList<string>>();
        foreach (var entry in result.Ranked(median).Take(Math.Max(1, top)))
        {
            var cells = new List<string>
            {
                $"{entry.Label.In(language)}{(entry.Scope == ParameterScope.PerProject ? "†" : "")} ({numbers.Range(numbers.Short(entry.LowValue), numbers.Short(entry.HighValue))})",
                $"{numbers.Mt(median.Of(entry.Low))} → {numbers.Mt(median.Of(entry.High))}",
            };
            cells.AddRange(probabilities.Select(m => $"{numbers.Percent(m.Of(entry.Low))} → {numbers.Percent(m.Of(entry.High))}"));
            rows.Add(cells);
        }

        var caption = ja
            ? $"基準（全入力が不確実）：{median.FiscalYear}年度 累積 中央値 {numbers.Mt(median.Of(result.Base))}。各実行 {result.Trials:N0} 試行、シード {result.Seed}（共通乱数）。†案件ごとに抽出される入力。"
            : $"Base (all inputs uncertain): median cumulative FY{median.FiscalYear} {numbers.Mt(median.Of(result.Base))}. {result.Trials:N0} trials per run, seed {result.Seed} (common random numbers). † drawn per project.";
        return new TextTable(columns, columns.Select((_, i) => i > 0).ToList(), rows, caption);
    }
}
