namespace JcmSim.Runs.Maps;

/// <summary>What a value of 1 of a capital lever stands for in one year (before the channels' own budget multipliers).</summary>
/// <param name="FiscalYear">The year, a target year of the map.</param>
/// <param name="JpyPerYearPerUnit">JPY per year at a lever value of 1.</param>
public sealed record MapCapitalScale(int FiscalYear, double JpyPerYearPerUnit);
