namespace JcmSim.Analysis.Results;

/// <summary>
/// The content of manifest.json: everything needed to reproduce a run and to tell runs apart.
/// </summary>
/// <param name="Version">JcmSim version that produced the run.</param>
/// <param name="CreatedUtc">When the run started, UTC.</param>
/// <param name="CommandLine">The command line as typed.</param>
/// <param name="Mode">Where the trials were simulated.</param>
/// <param name="SiloCount">Number of Orleans silos that ran trial blocks (0 in-process).</param>
/// <param name="Seed">Root seed.</param>
/// <param name="Trials">Trials per scenario.</param>
/// <param name="BlockSize">Trials per block.</param>
/// <param name="WallTimeSeconds">Wall-clock time of the run, seconds.</param>
/// <param name="Scenarios">Provenance of each scenario, in run order.</param>
public sealed record RunManifest(
    string Version,
    DateTimeOffset CreatedUtc,
    string CommandLine,
    RunMode Mode,
    int SiloCount,
    ulong Seed,
    int Trials,
    int BlockSize,
    double WallTimeSeconds,
    IReadOnlyList<ScenarioProvenance> Scenarios)
{
    /// <summary>The manifest.json schema version written by this code.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Version of the manifest.json schema.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
