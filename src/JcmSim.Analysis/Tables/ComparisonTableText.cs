using System.Globalization;
using JcmSim.Analysis.Results;

namespace JcmSim.Analysis.Tables;

/// <summary>
/// The paired comparisons of a <see cref="RunSummary"/> (common random numbers) as a table: per
/// scenario after the reference and per target year, the difference in P(target) and in the mean
/// cumulative, each with its 95% interval.
/// </summary>
public static class ComparisonTableText
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja"); no rows for a single scenario.</summary>
    public static TextTable Build(RunSummary summary, string language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var ja = language == "ja";
        var titles = summary.Scenarios.ToDictionary(s => s.Name, s => s.Title.In(language), StringComparer.Ordinal);
        string[] columns = ja
            ? ["シナリオ", "基準", "年度", "対の数", "達成確率の差 [95%区間]", "累積平均の差 百万tCO2 [95%区間]"]
            : ["Scenario", "Reference", "Fiscal year", "Pairs", "Δ P(target) [95% CI]", "Δ mean cumulative MtCO2 [95% CI]"];
        var rows = summary.Comparison.Select(c => (IReadOnlyList<string>)
        [
            titles.GetValueOrDefault(c.Scenario, c.Scenario),
            titles.GetValueOrDefault(c.Reference, c.Reference),
            string.Create(CultureInfo.InvariantCulture, $"FY{c.FiscalYear}"),
            c.Pairs.ToString("N0", CultureInfo.InvariantCulture),
            Estimate(c.Probability, v => Points(v)),
            Estimate(c.CumulativeMt, v => v.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture)),
        ]).ToList();
        var caption = ja
            ? "同じシードの対（共通乱数）の差：シナリオ − 基準。区間は95%（確率の差はTangoのスコア法、累積の差は正規近似）。"
            : "Paired differences under common random numbers (same seed): scenario − reference. Intervals: 95% (probabilities: Tango's score interval; cumulative: normal).";
        return new TextTable(columns, [false, false, false, true, true, true], rows, caption);
    }

    private static string Estimate(PairedEstimate estimate, Func<double, string> format) =>
        estimate.CiLow is { } low && estimate.CiHigh is { } high
            ? $"{format(estimate.Difference)} [{format(low)}, {format(high)}]"
            : format(estimate.Difference);

    // A difference of probabilities in percentage points, signed.
    private static string Points(double difference) =>
        (100 * difference).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture) + " pt";
}
