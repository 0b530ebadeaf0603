namespace JcmSim.Analysis.Studies;

/// <summary>First- and total-order Sobol' indices of one input with their bootstrap intervals.</summary>
/// <param name="Input">The input's column in the design.</param>
/// <param name="First">First-order index S_i: the share of the output variance due to the input alone.</param>
/// <param name="FirstLow">Lower bound of the bootstrap interval of S_i.</param>
/// <param name="FirstHigh">Upper bound of the bootstrap interval of S_i.</param>
/// <param name="Total">Total-order index S_Ti: the share due to the input including all its interactions.</param>
/// <param name="TotalLow">Lower bound of the bootstrap interval of S_Ti.</param>
/// <param name="TotalHigh">Upper bound of the bootstrap interval of S_Ti.</param>
public sealed record SobolIndex(int Input, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);
