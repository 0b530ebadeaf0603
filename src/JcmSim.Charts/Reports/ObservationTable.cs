using JcmSim.Analysis.Observations;
using JcmSim.Charts.Localization;

namespace JcmSim.Charts.Reports;

/// <summary>
/// The cells of the table of recorded observations beside the model's bands (report.html and the
/// README's calibration and validation table): observation, source, set, recorded value, model median
/// (5–95%), verdict. It formats, it computes nothing.
/// </summary>
public static class ObservationTable
{
    /// <summary>The column headings in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Headings(string language)
    {
        var text = ReportText.For(language);
        return [text.ObservationColumn, text.SourceColumn, text.SetColumn, text.RecordedColumn, text.BandColumn, text.VerdictColumn];
    }

    /// <summary>
    /// The table as Markdown lines (header, rule, one row per observation), cells with '|' escaped,
    /// the recorded value and the band right-aligned.
    /// </summary>
    public static IReadOnlyList<string> Markdown(IEnumerable<ObservationComparison> observations, string language)
    {
        static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";
        return [Line(Headings(language)), "|---|---|---|---:|---:|---|", .. Rows(observations, language).Select(Line)];
    }

    /// <summary>One row of cells per observation, in <paramref name="language"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(IEnumerable<ObservationComparison> observations, string language)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var text = ReportText.For(language);
        var chart = ChartText.For(language);
        var numbers = chart.Numbers;
        return [.. observations.Select(o => (IReadOnlyList<string>)
        [
            $"{ObservedQuantityNames.For(o.Quantity, chart)}, {chart.FiscalYear(o.FiscalYear)}{(o.AsOf.Length > 4 ? $" ({o.AsOf})" : "")}",
            o.Source,
            o.Role == "calibration" ? text.CalibrationWord : text.ValidationWord,
            numbers.Value(o.Value),
            o.P50 is { } median && o.P5 is { } low && o.P95 is { } high ? $"{numbers.Short(median)} ({numbers.Range(numbers.Short(low), numbers.Short(high))})" : "–",
            o.Verdict switch
            {
                ObservationVerdict.Inside => text.InsideWord,
                ObservationVerdict.Below => text.BelowWord,
                ObservationVerdict.Above => text.AboveWord,
                _ => ChartText.Format(text.NotModelledFormat, o.NotModelledBecause ?? ""),
            },
        ])];
    }
}
