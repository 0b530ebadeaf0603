using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Studies;

/// <summary>
/// The design of a sweep as input values: a full grid, or a Latin hypercube whose columns are
/// reordered by Iman–Conover so the inputs have the scenario's rank correlations (a grid cannot
/// carry correlations, so it ignores them and says so).
/// </summary>
/// <param name="Kind">"grid" or "lhs".</param>
/// <param name="Values">Rows of input values, in the inputs' order.</param>
/// <param name="Correlations">The correlations among the inputs and what the design achieved (empty for a grid).</param>
public sealed record StudyDesign(string Kind, double[][] Values, IReadOnlyList<RankCorrelationCheck> Correlations)
{
    /// <summary>Most points a sweep runs.</summary>
    public const int MaxPoints = 100_000;

    /// <summary>Builds the design.</summary>
    /// <param name="kind">"grid" (<paramref name="samples"/> levels per input) or "lhs" (<paramref name="samples"/> points).</param>
    /// <param name="samples">Levels per input of a grid, or points of a Latin hypercube.</param>
    /// <param name="inputs">The studied inputs.</param>
    /// <param name="correlations">The scenario's correlations (those between two of <paramref name="inputs"/> apply).</param>
    /// <param name="seed">Seed of the Latin hypercube.</param>
    /// <exception cref="BadInputException">The design is too big, or too small to carry the correlations.</exception>
    public static StudyDesign Build(string kind, int samples, IReadOnlyList<StudiedInput> inputs, IReadOnlyList<RankCorrelation> correlations, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(correlations);
        var k = inputs.Count;
        if (kind == "grid")
        {
            if (samples < 2)
            {
                throw new BadInputException($"--samples {samples}: a grid needs at least 2 levels per input (allowed: 2 or more).");
            }

            if (Math.Pow(samples, k) > MaxPoints)
            {
                throw new BadInputException($"--samples {samples}: a grid of {samples} levels over {k} inputs has {Math.Pow(samples, k):N0} points (allowed: at most {MaxPoints:N0}; use fewer --inputs or --design lhs).");
            }

            return new StudyDesign(kind, StudyInputs.Values(inputs, Designs.Grid(k, samples)), []);
        }

        if (samples > MaxPoints)
        {
            throw new BadInputException($"--samples {samples}: too many points (allowed: 1–{MaxPoints:N0}).");
        }

        var unit = Designs.LatinHypercube(samples, k, seed);
        var paths = inputs.Select(i => i.Path).ToList();
        var applying = correlations.Where(c => paths.Contains(c.First) && paths.Contains(c.Second)).ToList();
        if (applying.Count > 0)
        {
            if (samples <= k)
            {
                throw new BadInputException($"--samples {samples}: the Iman–Conover method needs more points than inputs to impose the scenario's correlations (allowed: more than {k}).");
            }

            unit = ImanConover.Apply(unit, RankCorrelationMatrix.Build(paths, applying));
        }

        var values = StudyInputs.Values(inputs, unit);
        var checks = applying.Select(c =>
        {
            var a = paths.IndexOf(c.First);
            var b = paths.IndexOf(c.Second);
            return new RankCorrelationCheck(c.First, c.Second, c.Spearman, ImanConover.Spearman(values.Select(r => r[a]).ToArray(), values.Select(r => r[b]).ToArray()));
        }).ToList();
        return new StudyDesign(kind, values, checks);
    }
}
