using System.Globalization;
using JcmSim.Analysis.Results;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>
/// The table of <c>jcmsim compare</c>: for every scenario after the first, its paired difference from
/// the first (common random numbers) at each target year — ΔP(target) and Δ mean cumulative with 95%
/// intervals, and the difference of the medians. Built from the <see cref="RunSummary"/>; computes nothing.
/// </summary>
public static class ComparisonTable
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja").</summary>
    public static Table Build(RunSummary summary, string language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var ja = language == "ja";
        var reference = summary.Scenarios[0];
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(new Text(ja ? "シナリオ" : "Scenario")));
        foreach (var target in reference.Targets)
        {
            table.AddColumn(Column(ja ? $"FY{target.FiscalYear} 達成確率の差 [95%区間]" : $"ΔP(FY{target.FiscalYear} target) [95% CI]"));
            table.AddColumn(Column(ja ? $"FY{target.FiscalYear} 累積平均の差 [95%区間] 百万t" : $"Δ mean cumulative FY{target.FiscalYear} [95% CI] Mt"));
            table.AddColumn(Column(ja ? $"FY{target.FiscalYear} 累積中央値の差 百万t" : $"Δ median FY{target.FiscalYear} Mt"));
        }

        foreach (var scenario in summary.Scenarios.Skip(1))
        {
            var cells = new List<string> { scenario.Title.In(language) };
            foreach (var target in reference.Targets)
            {
                var paired = summary.Comparison.FirstOrDefault(c => c.Scenario == scenario.Name && c.FiscalYear == target.FiscalYear);
                var own = scenario.Targets.FirstOrDefault(t => t.FiscalYear == target.FiscalYear);
                cells.Add(paired is null ? "–" : Estimate(paired.Probability, percent: true));
                cells.Add(paired is null ? "–" : Estimate(paired.CumulativeMt, percent: false));
                cells.Add(own is null ? "–" : Signed(own.CumulativeMt.P50 - target.CumulativeMt.P50, "F1"));
            }

            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        table.Caption(new TableTitle(ja
            ? $"基準：{reference.Title.In(language)}。同じ乱数（共通乱数）による対応のある差、試行数 {reference.Trials:N0}、シード {reference.Seed}。"
            : $"Paired differences from {reference.Title.In(language)} under common random numbers: {reference.Trials:N0} trials, seed {reference.Seed}."));
        return table;
    }

    private static string Estimate(PairedEstimate estimate, bool percent)
    {
        string Format(double value) => percent ? Signed(100 * value, "F1") + " pt" : Signed(value, "F1");
        return estimate.CiLow is { } low && estimate.CiHigh is { } high
            ? $"{Format(estimate.Difference)} [{Format(low)}, {Format(high)}]"
            : Format(estimate.Difference);
    }

    private static string Signed(double value, string format) =>
        (value > 0 ? "+" : "") + value.ToString(format, CultureInfo.InvariantCulture);

    private static TableColumn Column(string header) => new TableColumn(new Text(header)).RightAligned();
}
