using JcmSim.Runs;

namespace JcmSim.Explorer.Tests.Support;

/// <summary>What <c>jcmsim run --in-process</c> computes for scenario files (the application layer, no charts): the numbers the explorer must equal.</summary>
internal static class CliRun
{
    public static Task<RunOutcome> RunAsync(IReadOnlyList<string> scenarios, int trials, ulong seed, string outFolder) =>
        RunSession.RunAsync(new RunOptions
        {
            Scenarios = scenarios,
            Trials = trials,
            Seed = seed,
            Out = outFolder,
            BlockSize = 0,
            Language = "en",
            Force = false,
            InProcess = true,
            MaxParallelBlocks = 0,
            WriteCharts = false,
        }, RunHost.Silent, "jcmsim run", CancellationToken.None);
}
