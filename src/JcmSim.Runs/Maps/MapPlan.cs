using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Maps;

/// <summary>A map checked and laid out, before anything runs: the two inputs, the grid and the targets.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Inputs">The two inputs, X first, in the order of a point's values.</param>
/// <param name="X">The horizontal axis.</param>
/// <param name="Y">The vertical axis.</param>
/// <param name="Targets">The targets mapped.</param>
/// <param name="Points">The grid's points as (x, y) values, x-major.</param>
public sealed record MapPlan(Scenario Scenario, IReadOnlyList<StudiedInput> Inputs, MapAxis X, MapAxis Y, IReadOnlyList<ReductionTarget> Targets, double[][] Points);
