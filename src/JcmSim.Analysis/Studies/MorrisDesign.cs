namespace JcmSim.Analysis.Studies;

/// <summary>
/// Morris one-at-a-time trajectories: trajectory t occupies rows t·(k + 1) … t·(k + 1) + k of
/// <see cref="Points"/>, and each step to the next row changes exactly one coordinate by ±<see cref="Delta"/>.
/// </summary>
/// <param name="Trajectories">r, the number of trajectories.</param>
/// <param name="Dimensions">k, the number of inputs.</param>
/// <param name="Levels">p, the number of grid levels per input.</param>
/// <param name="Delta">The step, p / (2(p − 1)).</param>
/// <param name="Points">r·(k + 1) points in [0, 1]^k on the grid {0, 1/(p − 1), …, 1}.</param>
public sealed record MorrisDesign(int Trajectories, int Dimensions, int Levels, double Delta, double[][] Points);
