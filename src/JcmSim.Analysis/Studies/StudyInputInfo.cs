using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Studies;

/// <summary>A studied input as a study's result names it: path, label, scope, study range.</summary>
/// <param name="Path">Dotted path.</param>
/// <param name="Label">Display label in English and Japanese.</param>
/// <param name="Scope">"perTrial", "perProject" or "lever".</param>
/// <param name="Range">The study distribution, described (e.g. "uniform(0.5, 20)").</param>
/// <param name="Low">Lowest value a design takes (the range's 0-quantile, or its 0.001-quantile when unbounded).</param>
/// <param name="High">Highest value a design takes.</param>
public sealed record StudyInputInfo(string Path, LocalizedText Label, string Scope, string Range, double Low, double High);
