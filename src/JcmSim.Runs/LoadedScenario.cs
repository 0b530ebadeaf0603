using JcmSim.Model.Scenarios;

namespace JcmSim.Runs;

/// <summary>A scenario as loaded from disk, with the files it was built from (for the manifest's hashes).</summary>
public sealed record LoadedScenario(string Path, Scenario Scenario, IReadOnlyList<string> SourceFiles);
