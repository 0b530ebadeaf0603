using JcmSim.Analysis.Studies;

namespace JcmSim.Analysis.Tests.Studies;

public sealed class SobolTests
{
    [Fact]
    public void Sequence_matches_the_published_first_points_of_three_dimensions()
    {
        // SciPy's unscrambled Sobol' (Joe–Kuo 2008) in Gray-code order, points 0..7; natural index = i ^ (i >> 1).
        double[][] expected =
        [
            [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625], [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375],
        ];
        var sequence = new SobolSequence(3);

        for (var i = 0u; i < 8; i++)
        {
            var natural = i ^ (i >> 1);
            var point = Enumerable.Range(0, 3).Select(d => sequence.Coordinate(natural, d) / 4294967296.0).ToArray();
            Assert.Equal(expected[i], point);
        }
    }

    [Fact]
    public void Every_table_dimension_stratifies_its_first_power_of_two_points()
    {
        var sequence = new SobolSequence(SobolSequence.MaxDimensions);
        const int n = 1024;

        Assert.Equal(128, sequence.Dimensions);
        for (var d = 0; d < sequence.Dimensions; d++)
        {
            var cells = Enumerable.Range(0, n).Select(i => (int)(sequence.Coordinate((uint)i, d) >> 22)).Order();
            Assert.Equal(Enumerable.Range(0, n), cells);
        }
    }

    [Fact]
    public void Saltelli_design_has_the_documented_block_layout()
    {
        var design = Sobol.Saltelli(64, 3, seed: 9);

        Assert.Equal(64 * 5, design.Points.Length);
        for (var j = 0; j < 64; j++)
        {
            var (a, b) = (design.Points[design.RowOfA(j)], design.Points[design.RowOfB(j)]);
            for (var i = 0; i < 3; i++)
            {
                var ab = design.Points[design.RowOfAB(i, j)];
                for (var d = 0; d < 3; d++)
                {
                    Assert.Equal(d == i ? b[d] : a[d], ab[d]);
                }
            }
        }

        Assert.All(design.Points.SelectMany(p => p), v => Assert.InRange(v, 1e-12, 1 - 1e-12));
        for (var d = 0; d < 3; d++)
        {
            // A digital shift keeps each column of A and B a (0, m, 1)-net.
            Assert.Equal(Enumerable.Range(0, 64), Enumerable.Range(0, 64).Select(j => (int)(design.Points[j][d] * 64)).Order());
            Assert.Equal(Enumerable.Range(0, 64), Enumerable.Range(64, 64).Select(j => (int)(design.Points[j][d] * 64)).Order());
        }

        Assert.Equal(design.Points, Sobol.Saltelli(64, 3, seed: 9).Points);
        Assert.NotEqual(design.Points, Sobol.Saltelli(64, 3, seed: 10).Points);
    }

    [Fact]
    public void Sobol_indices_of_Ishigami_match_analytic_values()
    {
        // Ishigami and Homma (1990), a = 7, b = 0.1, inputs uniform on [−π, π].
        // Analytic: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
        double[] first = [0.3139, 0.4424, 0.0];
        double[] total = [0.5576, 0.4424, 0.2437];
        var design = Sobol.Saltelli(8192, 3, seed: 2024);
        var outputs = design.Points.Select(Ishigami).ToArray();

        var indices = Sobol.Analyze(design, outputs, bootstrapResamples: 300, seed: 1);

        Assert.Equal(13.8446, indices.OutputVariance, 0.3);
        foreach (var index in indices.Inputs)
        {
            AssertMatches(first[index.Input], index.First, index.FirstLow, index.FirstHigh);
            AssertMatches(total[index.Input], index.Total, index.TotalLow, index.TotalHigh);
        }
    }

    [Fact]
    public void Sobol_indices_of_a_linear_model_are_its_variance_shares()
    {
        // y = Σ bᵢxᵢ with independent xᵢ: Sᵢ = STᵢ = bᵢ²var(xᵢ)/Σ bⱼ²var(xⱼ); here var = 1/12 · range².
        double[] b = [1, 2, 3];
        double[] range = [1, 1, 2];
        var shares = Enumerable.Range(0, 3).Select(i => b[i] * b[i] * range[i] * range[i]).ToArray();
        var sum = shares.Sum();
        var design = Sobol.Saltelli(4096, 3, seed: 77);
        var outputs = design.Points.Select(x => Enumerable.Range(0, 3).Sum(i => b[i] * range[i] * x[i])).ToArray();

        var indices = Sobol.Analyze(design, outputs, bootstrapResamples: 300);

        foreach (var index in indices.Inputs)
        {
            AssertMatches(shares[index.Input] / sum, index.First, index.FirstLow, index.FirstHigh);
            AssertMatches(shares[index.Input] / sum, index.Total, index.TotalLow, index.TotalHigh);
        }
    }

    [Fact]
    public void Constant_outputs_are_rejected_with_a_message_saying_why()
    {
        var design = Sobol.Saltelli(16, 2, seed: 1);

        var thrown = Assert.Throws<ArgumentException>(() => Sobol.Analyze(design, new double[design.Points.Length]));

        Assert.Contains("zero variance", thrown.Message);
    }

    [Fact]
    public void Analysis_is_deterministic_by_seed()
    {
        var design = Sobol.Saltelli(256, 3, seed: 4);
        var outputs = design.Points.Select(Ishigami).ToArray();

        Assert.Equal(Sobol.Analyze(design, outputs, 100, seed: 3), Sobol.Analyze(design, outputs, 100, seed: 3), SobolIndicesComparer.Instance);
    }

    // The analytic value lies inside the bootstrap interval, and the estimate is within 2.5 bootstrap
    // standard errors (half-width / 1.96) of it — a tolerance that shrinks as 1/√N, and the interval
    // itself must be tight enough (≤ 0.05 wide on each side) to be a real check at this N.
    private static void AssertMatches(double analytic, double estimate, double low, double high)
    {
        Assert.InRange(analytic, low, high);
        var halfWidth = (high - low) / 2;
        Assert.InRange(halfWidth, 0, 0.05);
        Assert.InRange(Math.Abs(estimate - analytic), 0, 2.5 * halfWidth / 1.96 + 1e-9);
    }

    private static double Ishigami(double[] u)
    {
        var x = u.Select(v => (2 * Math.PI * v) - Math.PI).ToArray();
        return Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));
    }

    private sealed class SobolIndicesComparer : IEqualityComparer<SobolIndices>
    {
        public static readonly SobolIndicesComparer Instance = new();

        public bool Equals(SobolIndices? x, SobolIndices? y) =>
            x is not null && y is not null && x.Inputs.SequenceEqual(y.Inputs) && x.OutputVariance == y.OutputVariance;

        public int GetHashCode(SobolIndices obj) => obj.Inputs.Count;
    }
}
