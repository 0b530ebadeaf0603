namespace JcmSim.Runs.Studies;

/// <summary>A capital lever's answer in JPY per year (at the target year, before the channels' own budget multipliers).</summary>
/// <param name="PerUnitJpy">JPY per year that a lever value of 1 stands for.</param>
/// <param name="Value">JPY per year at the answer, or null.</param>
/// <param name="IntervalLow">JPY per year at the interval's lower end, or null.</param>
/// <param name="IntervalHigh">JPY per year at the interval's upper end, or null.</param>
public sealed record CapitalEquivalent(double PerUnitJpy, double? Value, double? IntervalLow, double? IntervalHigh);
