using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Sensitivity;
using Spectre.Console;

namespace JcmSim.Cli.Reporting;

/// <summary>
/// The end-of-study table of <c>jcmsim tornado</c>: the inputs with the largest swing in the median
/// cumulative at the last target year, with the P(target) at their low and high settings.
/// </summary>
public static class TornadoTable
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja") for the <paramref name="top"/> largest swings.</summary>
    public static Table Build(TornadoResult result, string language, int top)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ja = language == "ja";
        var numbers = ChartText.For(language).Numbers;
        var metrics = TornadoMetric.For(result.Targets);
        var median = metrics[^1];
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(ja ? "入力（P10〜P90）" : "Input (P10–P90)");
        table.AddColumn(new TableColumn(ja ? $"{median.FiscalYear}年度 累積 中央値 P10 → P90 百万tCO2" : $"Median cumulative FY{median.FiscalYear}, P10 → P90, MtCO2").RightAligned());
        foreach (var metric in metrics.Where(m => m.Kind == TornadoMetricKind.Probability))
        {
            table.AddColumn(new TableColumn(ja ? $"{metric.FiscalYear}年度 達成確率 P10 → P90" : $"P(FY{metric.FiscalYear} target), P10 → P90").RightAligned());
        }

        foreach (var entry in result.Ranked(median).Take(Math.Max(1, top)))
        {
            var cells = new List<string>
            {
                $"{entry.Label.In(language)}{(entry.Scope == ParameterScope.PerProject ? "†" : "")} ({numbers.Range(numbers.Short(entry.LowValue), numbers.Short(entry.HighValue))})",
                $"{numbers.Mt(median.Of(entry.Low))} → {numbers.Mt(median.Of(entry.High))}",
            };
            cells.AddRange(metrics.Where(m => m.Kind == TornadoMetricKind.Probability).Select(m => $"{numbers.Percent(m.Of(entry.Low))} → {numbers.Percent(m.Of(entry.High))}"));
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        var caption = ja
            ? $"基準（全入力が不確実）：{median.FiscalYear}年度 累積 中央値 {numbers.Mt(median.Of(result.Base))}。各実行 {result.Trials:N0} 試行、シード {result.Seed}（共通乱数）。†案件ごとに抽出される入力。"
            : $"Base (all inputs uncertain): median cumulative FY{median.FiscalYear} {numbers.Mt(median.Of(result.Base))}. {result.Trials:N0} trials per run, seed {result.Seed} (common random numbers). † drawn per project.";
        table.Caption(new TableTitle(caption));
        return table;
    }
}
