namespace JcmSim.Analysis.Statistics;

/// <summary>The mean of paired differences d̄ with its confidence interval, see <see cref="PairedDifference"/> and <see cref="PairedProportionDifference"/>.</summary>
/// <param name="Mean">d̄, the mean of dᵢ = otherᵢ − referenceᵢ.</param>
/// <param name="Low">Lower bound: d̄ − z·s/√n (<see cref="PairedDifference"/>) or the score bound (<see cref="PairedProportionDifference"/>).</param>
/// <param name="High">Upper bound, likewise.</param>
/// <param name="Pairs">Number of pairs n.</param>
public sealed record PairedDifferenceInterval(double Mean, double Low, double High, int Pairs);
