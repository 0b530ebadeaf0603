namespace JcmSim.Analysis.Tornado;

/// <summary>Which result a tornado chart shows.</summary>
public enum TornadoMetricKind
{
    /// <summary>Probability of meeting a target.</summary>
    Probability,

    /// <summary>Median cumulative reductions at a target year.</summary>
    MedianCumulative,
}
