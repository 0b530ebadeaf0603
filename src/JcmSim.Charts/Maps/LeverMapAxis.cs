using JcmSim.Charts.Studies;

namespace JcmSim.Charts.Maps;

/// <summary>One axis of a lever map: the input, the grid's levels along it and, for a capital lever, what a value of 1 is in JPY per year.</summary>
/// <param name="Input">The input as the charts name it, with its unit (e.g. "×", "partners/yr").</param>
/// <param name="Levels">The grid's values of the input, strictly increasing.</param>
/// <param name="JpyPerYearPerUnit">JPY per year that a value of 1 stands for in the target year, when the input scales capital; null otherwise.</param>
public sealed record LeverMapAxis(StudyInput Input, IReadOnlyList<double> Levels, double? JpyPerYearPerUnit = null);
