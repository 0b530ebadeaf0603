using JcmSim.Analysis.Studies;

namespace JcmSim.Runs.Maps;

/// <summary>One axis of a map as run.</summary>
/// <param name="Input">The input with its label and study range.</param>
/// <param name="Unit">The input's unit as the scenario format's catalogue gives it (e.g. "factor", "partners/yr (Poisson rate)").</param>
/// <param name="Low">The lowest level.</param>
/// <param name="High">The highest level.</param>
/// <param name="Levels">The grid's values, evenly spaced from <see cref="Low"/> to <see cref="High"/>.</param>
/// <param name="Capital">For a capital lever, what a value of 1 is in JPY per year in each target year; empty otherwise.</param>
public sealed record MapAxis(StudyInputInfo Input, string Unit, double Low, double High, IReadOnlyList<double> Levels, IReadOnlyList<MapCapitalScale> Capital)
{
    /// <summary>JPY per year per unit in <paramref name="fiscalYear"/>, or null when the input is not a capital lever.</summary>
    public double? JpyPerYearPerUnit(int fiscalYear) => Capital.FirstOrDefault(c => c.FiscalYear == fiscalYear)?.JpyPerYearPerUnit;
}
