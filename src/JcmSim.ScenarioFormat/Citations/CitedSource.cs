namespace JcmSim.ScenarioFormat.Citations;

/// <summary>One document of <c>scenarios/sources.csv</c>: what scenarios, data files and code cite by <see cref="Id"/>.</summary>
/// <param name="Id">The id citations use: lower-case letters, digits and single hyphens, e.g. <c>moej-press-2021-09-27</c>.</param>
/// <param name="Title">The document's title, in its own language.</param>
/// <param name="Publisher">Who published it; a secondary source says so.</param>
/// <param name="Date">ISO date as precise as known, or "not recorded".</param>
/// <param name="Obtain">A URL or how to obtain the document.</param>
/// <param name="Content">What the project takes from it.</param>
public sealed record CitedSource(string Id, string Title, string Publisher, string Date, string Obtain, string Content);
