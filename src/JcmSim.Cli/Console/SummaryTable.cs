using JcmSim.Analysis.Results;
using JcmSim.Analysis.Tables;
using Spectre.Console;

namespace JcmSim.Cli.Console;

/// <summary>
/// The end-of-run table (<see cref="SummaryTableText"/>, the same cells notebooks show) drawn with
/// Spectre.Console. Built from the <see cref="RunSummary"/>; it computes nothing.
/// </summary>
public static class SummaryTable
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja").</summary>
    public static Table Build(RunSummary summary, string language) => SpectreTables.Draw(SummaryTableText.Build(summary, language));

    /// <summary>Every reading of the target side by side (<c>--readings</c>).</summary>
    public static Table BuildReadings(RunSummary summary, string language) => SpectreTables.Draw(SummaryTableText.BuildReadings(summary, language));
}
