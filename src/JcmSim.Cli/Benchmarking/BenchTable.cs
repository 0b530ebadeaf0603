using System.Globalization;
using Spectre.Console;

namespace JcmSim.Cli.Benchmarking;

/// <summary>The table <c>jcmsim bench</c> prints: each figure beside its goal (<see cref="BenchGoals"/>).</summary>
public static class BenchTable
{
    /// <summary>Builds the table from a report.</summary>
    public static Table Build(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var small = report.Sizes.Small.ToString("N0", CultureInfo.InvariantCulture);
        var large = report.Sizes.Large.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().AddColumns("Measure", "Value", "Goal");
        table.Title = new TableTitle(report.Quick ? "jcmsim bench --quick (small runs: indicative only)" : "jcmsim bench");
        var shortRun = report.Sizes.Short.ToString("N0", CultureInfo.InvariantCulture);
        var medium = report.Sizes.Medium.ToString("N0", CultureInfo.InvariantCulture);
        var shortRange = report.ShortRunSamples.Count > 1 ? $" ({F(report.ShortRunSamples.Min(), "0.00")}–{F(report.ShortRunSamples.Max(), "0.00")})" : "";
        table.AddRow($"Time of 'jcmsim run --trials {shortRun}' (whole process, median of {report.ShortRunSamples.Count})", Seconds(report.ShortRunSeconds) + shortRange, Goal(report.ShortRunSeconds <= BenchGoals.ShortRunSeconds, $"≤ {F(BenchGoals.ShortRunSeconds, "0.0")} s"));
        table.AddRow($"Time {medium} − time {shortRun} trials", Seconds(report.MarginalSeconds), "");
        table.AddRow($"In-process, {small} trials", Rate(report.InProcess), "");
        table.AddRow($"Embedded Orleans, {small} trials", Rate(report.Embedded), "");
        table.AddRow("Embedded ÷ in-process throughput", F(report.EmbeddedToInProcessRatio, "0.00"), Goal(report.EmbeddedToInProcessRatio >= BenchGoals.EmbeddedToInProcessRatio, $"≥ {F(BenchGoals.EmbeddedToInProcessRatio, "0.0#")}"));
        table.AddRow("The same in CPU time per trial", F(report.EmbeddedToInProcessCpuRatio, "0.00"), "");
        table.AddRow($"Time {large} ÷ {small} trials (whole command)", F(report.LargeToSmallTimeRatio, "0.0"), Goal(report.LargeToSmallTimeRatio <= BenchGoals.LargeToSmallTimeRatio, $"≤ {F(BenchGoals.LargeToSmallTimeRatio, "0.0")}"));
        table.AddRow($"Time {large} ÷ {small} trials (simulation)", F(report.LargeToSmallSimulateTimeRatio, "0.0"), "");
        table.AddRow($"Peak memory, {small} trials", Megabytes(report.Embedded.PeakWorkingSetBytes), "");
        table.AddRow($"Peak memory, {large} trials", Megabytes(report.EmbeddedLarge.PeakWorkingSetBytes), Goal(report.EmbeddedLarge.PeakWorkingSetBytes < BenchGoals.LargePeakMemoryBytes, $"< {F(BenchGoals.LargePeakMemoryBytes / (double)(1L << 30), "0.0")} GB"));
        table.AddRow("Peak memory ratio", F(report.LargeToSmallPeakMemoryRatio, "0.00"), Goal(report.LargeToSmallPeakMemoryRatio <= BenchGoals.LargeToSmallPeakMemoryRatio, $"≤ {F(BenchGoals.LargeToSmallPeakMemoryRatio, "0.0#")}"));
        table.AddRow("Grain calls per block-year", F(report.GrainCallsPerBlockYear, "0.0"), "");
        table.AddRow("Block size", report.Embedded.BlockSize.ToString(CultureInfo.InvariantCulture), "");
        var explorer = report.Explorer;
        var changes = $"median of {explorer.LeverChanges} lever changes";
        table.AddRow($"Explorer: lever change → first update (≥ {explorer.FirstUpdateTrials} trials), {changes}", Seconds(explorer.FirstUpdateMedianSeconds),
            Goal(explorer.FirstUpdateMedianSeconds <= ExplorerBenchReport.FirstUpdateGoalSeconds, "≤ 0.5 s"));
        var trials = explorer.Trials.ToString("N0", CultureInfo.InvariantCulture);
        table.AddRow($"Explorer: lever change → {trials} trials, {changes}", Seconds(explorer.FullMedianSeconds), "");
        table.AddRow($"In-process, the same settings' {trials} trials", Seconds(explorer.InProcessMedianSeconds), "");
        table.AddRow($"Explorer {trials} trials ÷ in-process", F(explorer.FullToInProcessRatio, "0.00"), Goal(explorer.FullToInProcessRatio <= ExplorerBenchReport.FullToInProcessGoal, "≤ 1.3"));
        table.AddRow("The explorer's in processor time (first update; all trials ÷ in-process)",
            string.Create(CultureInfo.InvariantCulture, $"{explorer.FirstUpdateCpuMedianSeconds:0.00} s; {explorer.FullCpuMedianSeconds:0.00} s ÷ {explorer.InProcessCpuMedianSeconds:0.00} s = {explorer.FullToInProcessCpuRatio:0.00}"), "");
        return table;
    }

    private static string Rate(RunStats stats) =>
        string.Create(CultureInfo.InvariantCulture, $"{stats.TrialsPerSecond:N0} trials/s ({stats.SimulateSeconds:N1} s simulating, {stats.WallSeconds:N1} s in all)");

    private static string Seconds(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.00} s");

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):N0} MB");

    private static string Goal(bool met, string goal) => $"{goal} {(met ? "[green]met[/]" : "[red]not met[/]")}";
}
