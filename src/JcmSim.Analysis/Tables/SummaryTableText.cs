using System.Globalization;
using JcmSim.Analysis.Results;

namespace JcmSim.Analysis.Tables;

/// <summary>
/// The end-of-run table of a <see cref="RunSummary"/>: per scenario, the probability of each target
/// with its 95% Wilson interval, the median and 5–95% range of the cumulative at the target year,
/// and Japan's ITMO share. The CLI and the notebooks show the same cells.
/// </summary>
public static class SummaryTableText
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja").</summary>
    public static TextTable Build(RunSummary summary, string language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var ja = language == "ja";
        var columns = new List<string> { ja ? "シナリオ" : "Scenario" };
        var targets = summary.Scenarios.Count > 0 ? summary.Scenarios[0].Targets : [];
        foreach (var target in targets)
        {
            columns.Add(ja
                ? $"FY{target.FiscalYear} {Number(target.ThresholdMt)}百万t 達成確率 [95%区間]"
                : $"P(≥{Number(target.ThresholdMt)} Mt by FY{target.FiscalYear}) [95% CI]");
            columns.Add(ja
                ? $"FY{target.FiscalYear} 累積 中央値 (5–95%) 百万tCO2"
                : $"Cumulative FY{target.FiscalYear} median (5–95%) MtCO2");
        }

        columns.Add(ja ? "日本のITMOシェア" : "Japan ITMO share");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var scenario in summary.Scenarios)
        {
            var cells = new List<string> { scenario.Title.In(language) };
            foreach (var target in scenario.Targets)
            {
                cells.Add($"{Percent(target.Probability)} [{Percent(target.CiLow)}, {Percent(target.CiHigh)}]");
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{target.CumulativeMt.P50:F1} ({target.CumulativeMt.P5:F1}–{target.CumulativeMt.P95:F1})"));
            }

            cells.Add(scenario.JapanItmoShare is { } share ? Percent(share) : "–");
            rows.Add(cells);
        }

        var first = summary.Scenarios.FirstOrDefault();
        var caption = first is null
            ? ""
            : ja
                ? string.Create(CultureInfo.InvariantCulture, $"試行数 {first.Trials:N0}、シード {first.Seed}。区間はWilsonの95%信頼区間。")
                : string.Create(CultureInfo.InvariantCulture, $"{first.Trials:N0} trials, seed {first.Seed}. Intervals: 95% Wilson.");
        return new TextTable(columns, columns.Select((_, i) => i > 0).ToList(), rows, caption);
    }

    /// <summary>
    /// A share as a percentage: one decimal, two below 1% (where one decimal would print a nonzero
    /// Wilson bound as 0.0%).
    /// </summary>
    public static string Percent(double share) =>
        (100 * share).ToString(share is > 0 and < 0.01 ? "F2" : "F1", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
