namespace JcmSim.Analysis.Tornado;

/// <summary>The results a tornado compares, for one run of the scenario (base or one variant).</summary>
/// <param name="ProbabilityMet">Per target (scenario order): share of trials meeting it.</param>
/// <param name="MedianCumulativeMt">Per target: median cumulative reductions at its year, MtCO2.</param>
public sealed record TornadoOutcome(IReadOnlyList<double> ProbabilityMet, IReadOnlyList<double> MedianCumulativeMt);
