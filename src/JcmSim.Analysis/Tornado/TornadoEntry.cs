using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Tornado;

/// <summary>One uncertain input of a tornado: its low and high settings and the results of each.</summary>
/// <param name="Path">Stable dotted path of the input (<see cref="ScenarioParameter.Path"/>).</param>
/// <param name="Label">Display label.</param>
/// <param name="Scope">Drawn per trial or per project.</param>
/// <param name="Distribution">The input's distribution in the scenario (<c>Distribution.Describe()</c>).</param>
/// <param name="LowValue">The input's low quantile (the P10 by default).</param>
/// <param name="HighValue">The input's high quantile (the P90 by default).</param>
/// <param name="Low">Results with the input at <paramref name="LowValue"/>.</param>
/// <param name="High">Results with the input at <paramref name="HighValue"/>.</param>
public sealed record TornadoEntry(
    string Path,
    LocalizedText Label,
    ParameterScope Scope,
    string Distribution,
    double LowValue,
    double HighValue,
    TornadoOutcome Low,
    TornadoOutcome High)
{
    /// <summary>|high − low| of a result: the length of the input's bar.</summary>
    public double Swing(TornadoMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return Math.Abs(metric.Of(High) - metric.Of(Low));
    }
}
