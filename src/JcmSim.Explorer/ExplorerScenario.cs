using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Simulation;

namespace JcmSim.Explorer;

/// <summary>A scenario of the folder as loaded by the explorer.</summary>
/// <param name="Name">Its name in the folder (file name without <c>.yaml</c>).</param>
/// <param name="Path">Its file.</param>
/// <param name="Stamp">The file's last write time when loaded.</param>
/// <param name="Scenario">The resolved scenario.</param>
/// <param name="Compiled">Its compiled form.</param>
/// <param name="Levers">The inputs the page offers, with the studied inputs they stand for.</param>
internal sealed record ExplorerScenario(
    string Name, string Path, DateTime Stamp, Scenario Scenario, CompiledScenario Compiled, IReadOnlyList<(ExplorerLever Lever, StudiedInput Input)> Levers);
