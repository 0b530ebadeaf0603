using JcmSim.Analysis.Studies;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Studies;

/// <summary>Which inputs a study varies, and how a design's unit-cube coordinate becomes an input value.</summary>
public static class StudyInputs
{
    // Unbounded study distributions (a normal without min/max, a log-normal) have no value at
    // coordinate 0 or 1: the design's extremes are taken at these quantiles instead.
    private const double LowestQuantile = 0.001;

    /// <summary>
    /// The inputs of the scenario's <c>uncertainties:</c> block, or those of them whose path is or
    /// starts with one of <paramref name="only"/>.
    /// </summary>
    /// <exception cref="BadInputException">The scenario names no input, or <paramref name="only"/> matches none.</exception>
    public static IReadOnlyList<StudiedInput> Select(Scenario scenario, IReadOnlyList<string> only, string file)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(only);
        var studied = ScenarioParameters.Studied(scenario);
        if (studied.Count == 0)
        {
            throw new BadInputException($"{file}: the scenario names no input to study (allowed: an uncertainties: block naming parameter paths and their ranges, see scenarios/README.md \"Uncertainties\").");
        }

        if (only.Count == 0)
        {
            return studied;
        }

        var unknown = only.Where(prefix => !studied.Any(s => Matches(s.Path, prefix))).ToList();
        if (unknown.Count > 0)
        {
            throw new BadInputException($"--inputs {string.Join(",", unknown)}: not an input of the uncertainties: block of {file} (allowed: a path or a prefix of one: {string.Join(", ", studied.Select(s => s.Path))}).");
        }

        return studied.Where(s => only.Any(prefix => Matches(s.Path, prefix))).ToList();
    }

    /// <summary>The value of <paramref name="input"/> at unit-cube coordinate <paramref name="u"/>: the quantile of its study distribution.</summary>
    public static double ValueAt(StudiedInput input, double u)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ValueAt(input.Range, u);
    }

    /// <summary>The <paramref name="u"/>-quantile of <paramref name="range"/>, clamped to [0.001, 0.999] when the range is unbounded there.</summary>
    public static double ValueAt(Distribution range, double u)
    {
        ArgumentNullException.ThrowIfNull(range);
        var value = range.Quantile(u);
        return double.IsFinite(value) ? value : range.Quantile(Math.Clamp(u, LowestQuantile, 1 - LowestQuantile));
    }

    /// <summary>How a study's result names <paramref name="input"/>: path, label, scope, range and the extremes a design takes.</summary>
    public static StudyInputInfo Describe(StudiedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scope = input.Parameter.IsLever ? "lever" : input.Parameter.Scope == ParameterScope.PerTrial ? "perTrial" : "perProject";
        return new StudyInputInfo(input.Path, input.Parameter.Label, scope, input.Range.Describe(), ValueAt(input, 0), ValueAt(input, 1));
    }

    /// <summary>A design (rows of unit-cube coordinates) as input values.</summary>
    public static double[][] Values(IReadOnlyList<StudiedInput> inputs, IReadOnlyList<double[]> design)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(design);
        return design.Select(row => row.Select((u, j) => ValueAt(inputs[j], u)).ToArray()).ToArray();
    }

    private static bool Matches(string path, string prefix) =>
        path == prefix || path.StartsWith(prefix + ".", StringComparison.Ordinal);
}
