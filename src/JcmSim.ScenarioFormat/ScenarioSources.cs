using JcmSim.Model.Scenarios;
namespace JcmSim.ScenarioFormat;

/// <summary>A loaded scenario and the files it was built from (full paths, in reading order).</summary>
public sealed record ScenarioSources(Scenario Scenario, IReadOnlyList<string> SourceFiles);
