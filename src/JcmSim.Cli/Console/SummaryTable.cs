using System.Globalization;
using JcmSim.Analysis.Results;
using Spectre.Console;

namespace JcmSim.Cli.Console;

/// <summary>
/// The end-of-run table: per scenario, the probability of each target with its 95% Wilson
/// interval, the median and 5–95% range of the cumulative at the target year, and Japan's ITMO
/// share. Built from the <see cref="RunSummary"/>; it computes nothing.
/// </summary>
public static class SummaryTable
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja").</summary>
    public static Table Build(RunSummary summary, string language)
    {
        var ja = language == "ja";
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(ja ? "シナリオ" : "Scenario");
        var targets = summary.Scenarios.Count > 0 ? summary.Scenarios[0].Targets : [];
        foreach (var target in targets)
        {
            table.AddColumn(Column(ja
                ? $"FY{target.FiscalYear} {Number(target.ThresholdMt)}百万t 達成確率 [95%区間]"
                : $"P(≥{Number(target.ThresholdMt)} Mt by FY{target.FiscalYear}) [95% CI]"));
            table.AddColumn(Column(ja
                ? $"FY{target.FiscalYear} 累積 中央値 (5–95%) 百万tCO2"
                : $"Cumulative FY{target.FiscalYear} median (5–95%) MtCO2"));
        }

        table.AddColumn(Column(ja ? "日本のITMOシェア" : "Japan ITMO share"));
        foreach (var scenario in summary.Scenarios)
        {
            var cells = new List<string> { scenario.Title.In(language) };
            foreach (var target in scenario.Targets)
            {
                cells.Add($"{Percent(target.Probability)} [{Percent(target.CiLow)}, {Percent(target.CiHigh)}]");
                cells.Add(string.Create(CultureInfo.InvariantCulture, $"{target.CumulativeMt.P50:F1} ({target.CumulativeMt.P5:F1}–{target.CumulativeMt.P95:F1})"));
            }

            cells.Add(scenario.JapanItmoShare is { } share ? Percent(share) : "–");
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        var first = summary.Scenarios.FirstOrDefault();
        if (first is not null)
        {
            table.Caption(new TableTitle(ja
                ? $"試行数 {first.Trials:N0}、シード {first.Seed}。区間はWilsonの95%信頼区間。"
                : $"{first.Trials:N0} trials, seed {first.Seed}. Intervals: 95% Wilson."));
        }

        return table;
    }

    private static TableColumn Column(string header) => new TableColumn(new Text(header)).RightAligned();

    // Below 1% one decimal would print a nonzero Wilson bound as 0.0%: show two there.
    private static string Percent(double share) =>
        (100 * share).ToString(share is > 0 and < 0.01 ? "F2" : "F1", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
