using System.Globalization;
using JcmSim.Model.Distributions;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// A distribution written as the scenario format reads it (<see cref="DistributionReader"/>'s
/// forms), for files written by a program: the explorer's settings as a scenario. Numbers are
/// written to round-trip, so the loader reads back the same parameters (a log-normal's median is
/// e^μ, which may differ from μ in the last bit after the loader's logarithm).
/// </summary>
public static class DistributionYaml
{
    /// <summary>The flow mapping of <paramref name="distribution"/>, e.g. <c>{dist: triangular, min: 0.75, mode: 1, max: 1.25}</c>.</summary>
    public static string Write(Distribution distribution) => distribution switch
    {
        null => throw new ArgumentNullException(nameof(distribution)),
        FixedDistribution d => Number(d.Value),
        UniformDistribution d => $"{{dist: uniform, min: {Number(d.Min)}, max: {Number(d.Max)}}}",
        TriangularDistribution d => $"{{dist: triangular, min: {Number(d.Min)}, mode: {Number(d.Mode)}, max: {Number(d.Max)}}}",
        NormalDistribution d => $"{{dist: normal, mean: {Number(d.MeanValue)}, sd: {Number(d.StdDev)}{Bound("min", d.Min)}{Bound("max", d.Max)}}}",
        LogNormalDistribution d => $"{{dist: lognormal, median: {Number(Math.Exp(d.Mu))}, sigma: {Number(d.Sigma)}}}",
        BetaDistribution d => $"{{dist: beta, alpha: {Number(d.Alpha)}, beta: {Number(d.Beta)}, min: {Number(d.Min)}, max: {Number(d.Max)}}}",
        _ => throw new ArgumentException($"No scenario-file form for {distribution.Describe()}.", nameof(distribution)),
    };

    /// <summary>A number as the loader reads it back bit for bit.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Bound(string key, double? value) => value is { } v ? $", {key}: {Number(v)}" : "";
}
