namespace JcmSim.ScenarioFormat.Citations;

/// <summary>What <see cref="CitationScanner"/> found in one file: the citations and what is wrong with them.</summary>
/// <param name="Citations">Every well-formed citation, known ids or not.</param>
/// <param name="Problems">Unknown ids and malformed citations, each with file, line and column.</param>
public sealed record CitationScan(IReadOnlyList<Citation> Citations, IReadOnlyList<ScenarioError> Problems);
