using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Studies;

/// <summary>The probability of meeting one target at each point of a one-input sweep, aligned with <see cref="SweepChartData.Values"/>.</summary>
/// <param name="Target">The target.</param>
/// <param name="Probability">P(met) per point, in [0, 1].</param>
/// <param name="Low">Lower bound of the 95% Wilson interval per point.</param>
/// <param name="High">Upper bound of the 95% Wilson interval per point.</param>
public sealed record SweepTargetSeries(ReductionTarget Target, IReadOnlyList<double> Probability, IReadOnlyList<double> Low, IReadOnlyList<double> High);
