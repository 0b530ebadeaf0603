namespace JcmSim.ScenarioFormat.Citations;

/// <summary>One <c>source: id[, id…]</c> found in a file.</summary>
/// <param name="File">The file as the scan named it.</param>
/// <param name="Line">1-based line of the ids.</param>
/// <param name="Column">1-based column of the first id.</param>
/// <param name="Ids">The ids cited, in order.</param>
public sealed record Citation(string File, int Line, int Column, IReadOnlyList<string> Ids);
