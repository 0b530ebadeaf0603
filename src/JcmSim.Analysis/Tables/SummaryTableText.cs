using System.Globalization;
using JcmSim.Analysis.Results;
using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tables;

/// <summary>
/// The end-of-run table of a <see cref="RunSummary"/>: per scenario, the probability of each target
/// with its 95% Wilson interval, the median and 5–95% range of the cumulative at the target year in
/// the reading the targets are tested against (named in the heading and the caption), and Japan's
/// ITMO share; <see cref="BuildReadings"/> shows every reading side by side. The CLI and the
/// notebooks show the same cells.
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
        var reading = TargetReadingText.Common(summary.Scenarios) is { } common
            ? TargetReadingText.Short(common, language)
            : ja ? "判定対象" : "Tested";
        foreach (var target in targets)
        {
            columns.Add(ja
                ? $"FY{target.FiscalYear} {Number(target.ThresholdMt)}百万t 達成確率 [95%区間]"
                : $"P(≥{Number(target.ThresholdMt)} Mt by FY{target.FiscalYear}) [95% CI]");
            columns.Add(ja
                ? $"FY{target.FiscalYear} {reading} 累積 中央値 (5–95%) 百万tCO2"
                : $"{reading} cumulative FY{target.FiscalYear} median (5–95%) MtCO2");
        }

        columns.Add(ja ? "日本のITMOシェア" : "Japan ITMO share");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var scenario in summary.Scenarios)
        {
            var cells = new List<string> { scenario.Title.In(language) };
            foreach (var target in scenario.Targets)
            {
                cells.Add($"{Percent(target.Probability)} [{Percent(target.CiLow)}, {Percent(target.CiHigh)}]");
                cells.Add(Range(target.CumulativeMt));
            }

            cells.Add(scenario.JapanItmoShare is { } share ? Percent(share) : "–");
            rows.Add(cells);
        }

        var first = summary.Scenarios.FirstOrDefault();
        var caption = first is null
            ? ""
            : ja
                ? string.Create(CultureInfo.InvariantCulture, $"試行数 {first.Trials:N0}、シード {first.Seed}。区間はWilsonの95%信頼区間。{TargetReadingText.TestedAgainst(summary.Scenarios, language)}")
                : string.Create(CultureInfo.InvariantCulture, $"{first.Trials:N0} trials, seed {first.Seed}. Intervals: 95% Wilson. {TargetReadingText.TestedAgainst(summary.Scenarios, language)}");
        return new TextTable(columns, columns.Select((_, i) => i > 0).ToList(), rows, caption);
    }

    /// <summary>
    /// Every reading of the target side by side: one row per scenario and target year, the target,
    /// then the median (5–95%) of each reading, MtCO2; the reading the targets are tested against is
    /// marked with an asterisk.
    /// </summary>
    public static TextTable BuildReadings(RunSummary summary, string language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var ja = language == "ja";
        var columns = new List<string> { ja ? "シナリオ" : "Scenario", ja ? "年度" : "FY", ja ? "目標" : "Target" };
        columns.AddRange(TargetReadingText.All.Select(r => TargetReadingText.Short(r, language)));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var scenario in summary.Scenarios)
        {
            foreach (var target in scenario.Targets)
            {
                var cells = new List<string> { scenario.Title.In(language), $"FY{target.FiscalYear}", Number(target.ThresholdMt) };
                cells.AddRange(TargetReadingText.All.Select(r => target.Readings is { } readings
                    ? Range(readings.Of(r)) + (r == scenario.Reading ? " *" : "")
                    : "–"));
                rows.Add(cells);
            }
        }

        var legend = string.Join(ja ? "、" : "; ", TargetReadingText.All.Select(r => $"{TargetReadingText.Short(r, language)}{(ja ? "＝" : " = ")}{TargetReadingText.Name(r, language)}"));
        var caption = ja
            ? $"累積（百万tCO2、中央値 (5–95%)）、会計開始年度から各年度末まで。{legend}。* は目標の判定に用いる読み方（accounting.reading）。"
            : $"Cumulative MtCO2 from the accounting start, median (5–95%). {legend}. * marks the reading the targets are tested against (accounting.reading).";
        return new TextTable(columns, columns.Select((_, i) => i > 1).ToList(), rows, caption);
    }

    /// <summary>
    /// A share as a percentage: one decimal, two below 1% (where one decimal would print a nonzero
    /// Wilson bound as 0.0%).
    /// </summary>
    public static string Percent(double share) =>
        (100 * share).ToString(share is > 0 and < 0.01 ? "F2" : "F1", CultureInfo.InvariantCulture) + "%";

    private static string Range(QuantileSummary mt) =>
        string.Create(CultureInfo.InvariantCulture, $"{mt.P50:F1} ({mt.P5:F1}–{mt.P95:F1})");

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
