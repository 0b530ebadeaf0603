namespace JcmSim.Analysis.Studies;

/// <summary>The Sobol' indices of all inputs of a Saltelli design.</summary>
/// <param name="Inputs">One entry per input, in design column order.</param>
/// <param name="OutputVariance">The variance of the outputs of A and B together (population, 1/(2N)).</param>
/// <param name="Confidence">The level of the bootstrap intervals.</param>
/// <param name="BaseSamples">N.</param>
/// <param name="BootstrapResamples">Number of bootstrap resamples (0: intervals collapse to the estimates).</param>
public sealed record SobolIndices(IReadOnlyList<SobolIndex> Inputs, double OutputVariance, double Confidence, int BaseSamples, int BootstrapResamples);
