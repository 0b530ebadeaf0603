namespace JcmSim.Analysis.Studies;

/// <summary>The Morris statistics of one input's elementary effects, in unit-cube units (output change per full input range).</summary>
/// <param name="Input">The input's column in the design.</param>
/// <param name="Mu">μ, the mean elementary effect (effects of opposite sign cancel).</param>
/// <param name="MuStar">μ*, the mean absolute elementary effect (F. Campolongo, J. Cariboni and A. Saltelli, Environ. Model. Softw. 22, 2007): the input's overall importance.</param>
/// <param name="Sigma">σ, the sample standard deviation of the effects: non-linearity or interaction with other inputs.</param>
/// <param name="MuStarLow">Lower bound of the bootstrap interval of μ*.</param>
/// <param name="MuStarHigh">Upper bound of the bootstrap interval of μ*.</param>
public sealed record MorrisIndex(int Input, double Mu, double MuStar, double Sigma, double MuStarLow, double MuStarHigh);
