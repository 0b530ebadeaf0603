using JcmSim.Runs;

namespace JcmSim.Explorer.Tests.Support;

/// <summary>What <c>jcmsim run --in-process</c> computes for scenario files (the application layer, no charts): the numbers the explorer must equal.</summary>
internal static class CliRun
{
    /// <param name="scenarios">Scenario files; the first is the reference.</param>
    /// <param name="trials">Trials (<c>--trials</c>), or the cap (<c>--max-trials</c>) with <paramref name="precision"/>.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="outFolder">The result folder.</param>
    /// <param name="precision"><c>--precision</c>: stop once every target's interval is this narrow; null for a fixed trial count.</param>
    /// <param name="writeCharts">Also draw the charts (charts/), as the command line does.</param>
    public static Task<RunOutcome> RunAsync(IReadOnlyList<string> scenarios, int trials, ulong seed, string outFolder, double? precision = null, bool writeCharts = false) =>
        RunSession.RunAsync(new RunOptions
        {
            Scenarios = scenarios,
            Trials = trials,
            Precision = precision,
            Seed = seed,
            Out = outFolder,
            BlockSize = 0,
            Language = "en",
            Force = false,
            InProcess = true,
            MaxParallelBlocks = 0,
            WriteCharts = writeCharts,
        }, RunHost.Silent, "jcmsim run", CancellationToken.None);
}
