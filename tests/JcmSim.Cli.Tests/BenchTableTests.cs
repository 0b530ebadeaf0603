using JcmSim.Cli.Benchmarking;
using Spectre.Console.Testing;

namespace JcmSim.Cli.Tests;

public sealed class BenchTableTests
{
    private static RunStats Stats(string mode, int trials, double seconds, long peakBytes, long grainCalls = 0, long blockYears = 0) =>
        new(mode, trials, 128, seconds, seconds + 2, trials / seconds, peakBytes, 1L << 30, grainCalls, blockYears, seconds * 2);

    [Fact]
    public void Table_sets_each_figure_beside_its_goal()
    {
        var report = new BenchReport("0.1.0", false, new BenchMachine(2, 24L << 30, "Linux", ".NET 10"), "scenarios/baseline.yaml", BenchRunner.Full,
            Stats("inprocess", 100_000, 64, 400L << 20),
            Stats("embedded", 100_000, 80, 450L << 20, 680_000, 11_730),
            Stats("embedded", 1_000_000, 790, 900L << 20, 6_800_000, 117_195),
            EmbeddedToInProcessRatio: 0.87, LargeToSmallTimeRatio: 10.8, LargeToSmallSimulateTimeRatio: 9.9, LargeToSmallPeakMemoryRatio: 1.25, GrainCallsPerBlockYear: 58, EmbeddedToInProcessCpuRatio: 0.9,
            ShortRunSeconds: 2.4, ShortRunSamples: [2.61, 2.4, 2.38, 2.45, 2.2], MediumRunSeconds: 9.9,
            Explorer: new ExplorerBenchReport(7, "pipeline.multiplier", 256, 4096, [0.3], [3.1], [2.5], FirstUpdateMedianSeconds: 0.62, FullMedianSeconds: 3.1, InProcessMedianSeconds: 2.5, FullToInProcessRatio: 1.24,
                FirstUpdateCpuMedianSeconds: 0.4, FullCpuMedianSeconds: 5.5, InProcessCpuMedianSeconds: 5, FullToInProcessCpuRatio: 1.1));
        var console = new TestConsole { EmitAnsiSequences = false };
        console.Profile.Width = 200;

        console.Write(BenchTable.Build(report));

        var lines = console.Output.Split('\n');
        Assert.Contains(lines, l => l.Contains("Embedded ÷ in-process throughput", StringComparison.Ordinal) && l.Contains("0.87", StringComparison.Ordinal) && l.Contains("≥ 0.9 not met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("The same in CPU time per trial", StringComparison.Ordinal) && l.Contains("0.90", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Time 1,000,000 ÷ 100,000 trials (whole command)", StringComparison.Ordinal) && l.Contains("10.8", StringComparison.Ordinal) && l.Contains("≤ 10.5 not met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Peak memory ratio", StringComparison.Ordinal) && l.Contains("1.25", StringComparison.Ordinal) && l.Contains("≤ 1.2 not met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Peak memory, 1,000,000 trials", StringComparison.Ordinal) && l.Contains("900 MB", StringComparison.Ordinal) && l.Contains("< 1.5 GB met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Time of 'jcmsim run --trials 100' (whole process, median of 5)", StringComparison.Ordinal) && l.Contains("2.40 s (2.20–2.61)", StringComparison.Ordinal) && l.Contains("≤ 1.5 s not met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Time 10,000 − time 100 trials", StringComparison.Ordinal) && l.Contains("7.50 s", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Grain calls per block-year", StringComparison.Ordinal) && l.Contains("58.0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Explorer: lever change → first update (≥ 256 trials), median of 7 lever changes", StringComparison.Ordinal) && l.Contains("0.62 s", StringComparison.Ordinal) && l.Contains("≤ 0.5 s not met", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Explorer: lever change → 4,096 trials", StringComparison.Ordinal) && l.Contains("3.10 s", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("In-process, the same settings' 4,096 trials", StringComparison.Ordinal) && l.Contains("2.50 s", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Explorer 4,096 trials ÷ in-process", StringComparison.Ordinal) && l.Contains("1.24", StringComparison.Ordinal) && l.Contains("≤ 1.3 met", StringComparison.Ordinal));
    }
}
