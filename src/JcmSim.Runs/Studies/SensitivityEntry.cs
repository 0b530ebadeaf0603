using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>
/// One input's sensitivity indices: Sobol first- and total-order with bootstrap intervals, or Morris
/// μ, μ* (with interval) and σ; the other method's fields are NaN.
/// </summary>
/// <param name="Path">Input path.</param>
/// <param name="Label">Input label.</param>
/// <param name="First">Sobol first-order index S_i.</param>
/// <param name="FirstLow">Lower bound of S_i.</param>
/// <param name="FirstHigh">Upper bound of S_i.</param>
/// <param name="Total">Sobol total-order index S_Ti (Jansen).</param>
/// <param name="TotalLow">Lower bound of S_Ti.</param>
/// <param name="TotalHigh">Upper bound of S_Ti.</param>
/// <param name="Mu">Morris mean elementary effect (output units per unit-cube step).</param>
/// <param name="MuStar">Morris mean absolute elementary effect μ*.</param>
/// <param name="MuStarLow">Lower bound of μ*.</param>
/// <param name="MuStarHigh">Upper bound of μ*.</param>
/// <param name="Sigma">Morris standard deviation of the elementary effects.</param>
public sealed record SensitivityEntry(
    string Path,
    LocalizedText Label,
    double First,
    double FirstLow,
    double FirstHigh,
    double Total,
    double TotalLow,
    double TotalHigh,
    double Mu,
    double MuStar,
    double MuStarLow,
    double MuStarHigh,
    double Sigma);
