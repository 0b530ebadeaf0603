namespace JcmSim.Runs.Maps;

/// <summary>What one axis of a map asks for: an input, and optionally a range other than its study range.</summary>
/// <param name="Path">The input's path: a lever (<c>privateCapital.multiplier</c>) or any input of the parameter walk (<c>expansion.newPartnersPerYear</c>).</param>
/// <param name="Low">Lowest level, or null for the lower end of the input's study range.</param>
/// <param name="High">Highest level, or null for the upper end of the input's study range.</param>
public sealed record MapAxisRequest(string Path, double? Low = null, double? High = null);
