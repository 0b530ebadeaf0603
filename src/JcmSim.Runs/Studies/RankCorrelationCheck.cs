namespace JcmSim.Runs.Studies;

/// <summary>A rank correlation the scenario asks for and the one the written design achieved.</summary>
/// <param name="First">Path of the first input.</param>
/// <param name="Second">Path of the second input.</param>
/// <param name="Target">Spearman correlation in the scenario's <c>correlations:</c>.</param>
/// <param name="Achieved">Spearman correlation of the design's input values.</param>
public sealed record RankCorrelationCheck(string First, string Second, double Target, double Achieved);
