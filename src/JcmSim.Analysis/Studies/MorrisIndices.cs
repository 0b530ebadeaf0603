namespace JcmSim.Analysis.Studies;

/// <summary>The Morris statistics of all inputs of a trajectory design.</summary>
/// <param name="Inputs">One entry per input, in design column order.</param>
/// <param name="Confidence">The level of the μ* bootstrap intervals.</param>
/// <param name="Trajectories">r.</param>
/// <param name="Levels">p, the grid levels.</param>
/// <param name="BootstrapResamples">Number of bootstrap resamples (0: intervals collapse to the estimates).</param>
public sealed record MorrisIndices(IReadOnlyList<MorrisIndex> Inputs, double Confidence, int Trajectories, int Levels, int BootstrapResamples);
