using System.Globalization;
using System.Text;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Renders a <see cref="RunSummary"/> as summary.md: one table row per scenario with, per target,
/// P(met) and its 95% Wilson interval and the median and 5–95% range of the cumulative in the reading
/// the targets are tested against, then Japan's ITMO share; every reading of the target side by side;
/// a table of paired differences when there are several scenarios; a provenance line.
/// </summary>
public static class SummaryMarkdown
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The Markdown text of summary.md.</summary>
    /// <param name="summary">The run's summary.</param>
    /// <param name="version">JcmSim version for the provenance line; omitted when null.</param>
    public static string Render(RunSummary summary, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        text.Append("# JcmSim results\n\n");
        var first = summary.Scenarios.Count > 0 ? summary.Scenarios[0] : null;
        var targetCount = first?.Targets.Count ?? 0;
        var tested = TargetReadingText.Common(summary.Scenarios) is { } common ? TargetReadingText.Short(common, "en") : "Tested";

        text.Append("| Scenario |");
        for (var t = 0; t < targetCount; t++)
        {
            var year = first!.Targets[t].FiscalYear;
            var thresholds = summary.Scenarios.Where(s => s.Targets.Count > t).Select(s => s.Targets[t].ThresholdMt).Distinct().ToArray();
            var target = thresholds.Length == 1 ? $"P(≥ {thresholds[0].ToString("0.###", Invariant)} Mt by FY{year})" : $"P(target FY{year})";
            text.Append(Invariant, $" {target} | {tested} cumulative FY{year}, Mt: median (5–95%) |");
        }

        text.Append(" Japan ITMO share |\n|---|");
        text.Append(string.Concat(Enumerable.Repeat("---:|---:|", targetCount)));
        text.Append("---:|\n");

        foreach (var scenario in summary.Scenarios)
        {
            text.Append(Invariant, $"| {Cell(scenario.Name)} — {Cell(scenario.Title.En)} |");
            foreach (var target in scenario.Targets)
            {
                text.Append(Invariant, $" {Percent(target.Probability)} ({PercentNumber(target.CiLow)}–{Percent(target.CiHigh)}) |");
                text.Append(Invariant, $" {Mt(target.CumulativeMt.P50)} ({Mt(target.CumulativeMt.P5)}–{Mt(target.CumulativeMt.P95)}) |");
            }

            text.Append(Invariant, $" {(scenario.JapanItmoShare is { } share ? Percent(share) : "n/a")} |\n");
        }

        text.Append("\nProbabilities with 95% Wilson intervals; paired differences of probabilities with Tango's 95% score interval, of mean cumulative reductions with the normal interval of the mean paired difference. Cumulative reductions count from FY");
        text.Append(string.Join(" / FY", summary.Scenarios.Select(s => s.AccountingStartYear.ToString(Invariant)).Distinct()));
        text.Append(". Japan ITMO share: mean Japan ITMOs ÷ mean credits issued, to the last target year. ");
        text.Append(TargetReadingText.TestedAgainst(summary.Scenarios, "en")).Append('\n');
        AppendReadings(text, summary);

        if (summary.Comparison.Count > 0)
        {
            AppendComparison(text, summary);
        }

        text.Append('\n').Append(Provenance(summary, version)).Append('\n');
        return text.ToString();
    }

    private static void AppendReadings(StringBuilder text, RunSummary summary)
    {
        text.Append("\n## Every reading of the target\n\n| Scenario | Fiscal year | Target, Mt |");
        foreach (var reading in TargetReadingText.All)
        {
            text.Append(Invariant, $" {TargetReadingText.Name(reading, "en")}, Mt: median (5–95%) |");
        }

        text.Append("\n|---|---|---:|").Append(string.Concat(Enumerable.Repeat("---:|", TargetReadingText.All.Count))).Append('\n');
        foreach (var scenario in summary.Scenarios)
        {
            foreach (var target in scenario.Targets)
            {
                text.Append(Invariant, $"| {Cell(scenario.Name)} | FY{target.FiscalYear} | {target.ThresholdMt.ToString("0.###", Invariant)} |");
                foreach (var reading in TargetReadingText.All)
                {
                    var mt = target.Readings?.Of(reading);
                    var cell = mt is null ? "n/a" : $"{Mt(mt.P50)} ({Mt(mt.P5)}–{Mt(mt.P95)})";
                    text.Append(reading == scenario.Reading ? $" **{cell}** |" : $" {cell} |");
                }

                text.Append('\n');
            }
        }

        text.Append("\nBold: the reading the targets are tested against (`accounting.reading`).\n");
    }

    private static void AppendComparison(StringBuilder text, RunSummary summary)
    {
        var reference = summary.Comparison[0].Reference;
        var years = summary.Comparison.Select(c => c.FiscalYear).Distinct().ToArray();
        text.Append(Invariant, $"\n## Paired differences from {Cell(reference)} (common random numbers)\n\n| Scenario |");
        foreach (var year in years)
        {
            text.Append(Invariant, $" ΔP FY{year} (95% CI) | Δ mean cumulative FY{year}, Mt (95% CI) |");
        }

        text.Append("\n|---|").Append(string.Concat(Enumerable.Repeat("---:|---:|", years.Length))).Append('\n');
        foreach (var group in summary.Comparison.GroupBy(c => c.Scenario))
        {
            text.Append(Invariant, $"| {Cell(group.Key)} |");
            foreach (var year in years)
            {
                var comparison = group.FirstOrDefault(c => c.FiscalYear == year);
                if (comparison is null)
                {
                    text.Append(" | |");
                    continue;
                }

                text.Append(Invariant, $" {Difference(comparison.Probability, SignedPoints, " pp")} | {Difference(comparison.CumulativeMt, SignedMt, string.Empty)} |");
            }

            text.Append('\n');
        }
    }

    private static string Provenance(RunSummary summary, string? version)
    {
        var seeds = summary.Scenarios.Select(s => s.Seed).Distinct().ToArray();
        var trials = summary.Scenarios.Select(s => s.Trials).Distinct().ToArray();
        var seedText = seeds.Length == 1
            ? $"Seed {seeds[0].ToString(Invariant)}"
            : "Seeds " + string.Join(", ", summary.Scenarios.Select(s => $"{Cell(s.Name)} {s.Seed.ToString(Invariant)}"));
        var trialText = trials.Length == 1
            ? $"{trials[0].ToString(Invariant)} trials per scenario"
            : "trials " + string.Join(", ", summary.Scenarios.Select(s => $"{Cell(s.Name)} {s.Trials.ToString(Invariant)}"));
        return version is null ? $"{seedText} · {trialText}" : $"{seedText} · {trialText} · JcmSim {version}";
    }

    private static string Difference(PairedEstimate estimate, Func<double, string> format, string unit) =>
        estimate.CiLow is { } low && estimate.CiHigh is { } high
            ? $"{format(estimate.Difference)}{unit} ({format(low)} to {format(high)})"
            : format(estimate.Difference) + unit;

    private static string Percent(double probability) => PercentNumber(probability) + "%";

    private static string PercentNumber(double probability) => (probability * 100).ToString("0.0", Invariant);

    private static string SignedPoints(double difference) => (difference * 100).ToString("+0.0;−0.0;0.0", Invariant);

    private static string Mt(double value) => value.ToString("0.0", Invariant);

    private static string SignedMt(double value) => value.ToString("+0.0;−0.0;0.0", Invariant);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
