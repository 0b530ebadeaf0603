namespace JcmSim.Model.Scenarios;

/// <summary>
/// A Spearman rank correlation between two inputs named in <c>uncertainties:</c>, which study designs
/// impose with the Iman–Conover method (e.g. a higher credit price comes with more private capital).
/// </summary>
/// <param name="First">Path of the first input.</param>
/// <param name="Second">Path of the second input (a different one).</param>
/// <param name="Spearman">The rank correlation, in [−1, 1].</param>
public sealed record RankCorrelation(string First, string Second, double Spearman);
