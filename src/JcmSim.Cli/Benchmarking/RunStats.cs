namespace JcmSim.Cli.Benchmarking;

/// <summary>
/// What one <c>jcmsim run</c> measured about itself (written by its hidden <c>--stats FILE</c> option
/// for <c>jcmsim bench</c>, which runs each measurement in a fresh process so peak memory is the run's own).
/// </summary>
/// <param name="Mode">inprocess, embedded or cluster.</param>
/// <param name="Trials">Trials per scenario.</param>
/// <param name="BlockSize">Trials per block.</param>
/// <param name="SimulateSeconds">From the first block requested to the last block received (silo start, charts and report excluded).</param>
/// <param name="WallSeconds">The whole command: loading, silo start, simulation, result files, charts, report.</param>
/// <param name="TrialsPerSecond">Trials ÷ <paramref name="SimulateSeconds"/>.</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident memory (Linux VmHWM).</param>
/// <param name="AllocatedBytes">Bytes allocated by the process during the whole command.</param>
/// <param name="GrainCalls">Calls of the block loops to their actor grains (0 in-process).</param>
/// <param name="BlockYears">Blocks × simulated years.</param>
/// <param name="CpuSeconds">Processor time of the whole process (all threads): on a busy machine a steadier measure than wall time.</param>
public sealed record RunStats(
    string Mode,
    int Trials,
    int BlockSize,
    double SimulateSeconds,
    double WallSeconds,
    double TrialsPerSecond,
    long PeakWorkingSetBytes,
    long AllocatedBytes,
    long GrainCalls,
    long BlockYears,
    double CpuSeconds);
