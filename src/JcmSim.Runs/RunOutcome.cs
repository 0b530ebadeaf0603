using JcmSim.Analysis.Results;

namespace JcmSim.Runs;

/// <summary>What a run session produced, in memory, beside the folder it wrote.</summary>
/// <param name="Summary">summary.json's content: probabilities with intervals, quantiles, paired comparisons.</param>
/// <param name="Results">Everything the charts and report draw from, as read back from the files written.</param>
/// <param name="Folder">The result folder, renamed into place.</param>
/// <param name="Mode">The engine the trials ran on.</param>
/// <param name="SiloCount">Silos that took part (0 in process).</param>
/// <param name="BlockSize">Trials per block.</param>
/// <param name="TrialsRun">Trials run per scenario, in run order (below the cap when an auto-stopping run stopped early).</param>
/// <param name="WallSeconds">From the engine's start to the last file.</param>
/// <param name="SimulateSeconds">From the first block requested to the last block received.</param>
/// <param name="BlockYears">Blocks × simulated years, over every scenario.</param>
public sealed record RunOutcome(
    RunSummary Summary,
    RunResults Results,
    string Folder,
    RunMode Mode,
    int SiloCount,
    int BlockSize,
    IReadOnlyList<int> TrialsRun,
    double WallSeconds,
    double SimulateSeconds,
    long BlockYears);
