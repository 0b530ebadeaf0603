using JcmSim.Model.Distributions;

namespace JcmSim.Model.Scenarios;

/// <summary>
/// One entry of a scenario's <c>uncertainties:</c> block: an input studies vary (a dotted path of the
/// parameter walk, <c>JcmSim.Model.Scenarios.Parameters.ScenarioParameters</c>) and the range they
/// sample it from.
/// </summary>
/// <param name="Path">Dotted path, e.g. <c>expansion.newPartnersPerYear</c> or <c>privateCapital.multiplier</c>.</param>
/// <param name="Range">The study distribution; null means the input's own distribution in the scenario.</param>
public sealed record StudyUncertainty(string Path, Distribution? Range);
