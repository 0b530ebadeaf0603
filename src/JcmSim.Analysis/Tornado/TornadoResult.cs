using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Tornado;

/// <summary>
/// A one-at-a-time sensitivity study of one scenario (<c>jcmsim tornado</c>): the base run with every
/// input uncertain, and for each uncertain input a run with it held at its low quantile and one at
/// its high quantile, everything else unchanged, all with the same seed (common random numbers).
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Title">Scenario title.</param>
/// <param name="Trials">Trials per run.</param>
/// <param name="Seed">Seed shared by every run.</param>
/// <param name="Version">JcmSim version.</param>
/// <param name="LowQuantile">Probability of the low setting, e.g. 0.1.</param>
/// <param name="HighQuantile">Probability of the high setting, e.g. 0.9.</param>
/// <param name="Targets">The scenario's targets.</param>
/// <param name="Base">Results of the base run.</param>
/// <param name="Entries">One per uncertain input varied, in scenario order.</param>
public sealed record TornadoResult(
    string Scenario,
    LocalizedText Title,
    int Trials,
    ulong Seed,
    string Version,
    double LowQuantile,
    double HighQuantile,
    IReadOnlyList<TornadoTarget> Targets,
    TornadoOutcome Base,
    IReadOnlyList<TornadoEntry> Entries)
{
    /// <summary>The entries sorted by swing of <paramref name="metric"/>, largest first (ties in path order).</summary>
    public IReadOnlyList<TornadoEntry> Ranked(TornadoMetric metric) =>
        Entries.OrderByDescending(e => e.Swing(metric)).ThenBy(e => e.Path, StringComparer.Ordinal).ToList();
}
