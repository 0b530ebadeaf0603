using JcmSim.Analysis.Studies;

namespace JcmSim.Analysis.Tests.Studies;

public sealed class ImanConoverTests
{
    // The sampling standard error of a correlation near ρ is about (1 − ρ²)/√(n − 3) (Fisher's z);
    // Iman–Conover fixes the score correlation exactly, so only the rank transform's noise is left:
    // three standard errors is a generous bound that still fails if the target is ignored.
    private static double Tolerance(double rho, int n) => 3 * (1 - (rho * rho)) / Math.Sqrt(n - 3);

    [Fact]
    public void Achieves_a_rank_correlation_of_0_7_between_two_columns()
    {
        const int n = 2000;
        var sample = Designs.LatinHypercube(n, 2, seed: 11);

        var result = ImanConover.Apply(sample, new double[,] { { 1, 0.7 }, { 0.7, 1 } });

        var rho = ImanConover.Spearman(Column(result, 0), Column(result, 1));
        Assert.InRange(rho, 0.7 - Tolerance(0.7, n), 0.7 + Tolerance(0.7, n));
        Assert.InRange(Math.Abs(rho - 0.7), 0, 0.01);
    }

    [Fact]
    public void Achieves_a_three_by_three_target_and_keeps_every_marginal()
    {
        const int n = 2000;
        var sample = Designs.LatinHypercube(n, 3, seed: 5);
        // Different marginals per column, to see that each column is only permuted.
        for (var i = 0; i < n; i++)
        {
            sample[i][1] = Math.Exp(3 * sample[i][1]);
            sample[i][2] = -sample[i][2] * sample[i][2];
        }

        var target = new double[,] { { 1, 0.5, -0.3 }, { 0.5, 1, 0.2 }, { -0.3, 0.2, 1 } };

        var result = ImanConover.Apply(sample, target);

        for (var a = 0; a < 3; a++)
        {
            Assert.Equal(Column(sample, a).Order(), Column(result, a).Order());
            for (var b = 0; b < a; b++)
            {
                var rho = ImanConover.Spearman(Column(result, a), Column(result, b));
                Assert.InRange(rho, target[a, b] - Tolerance(target[a, b], n), target[a, b] + Tolerance(target[a, b], n));
            }
        }
    }

    [Fact]
    public void Is_deterministic_and_leaves_its_input_untouched()
    {
        var sample = Designs.LatinHypercube(200, 2, seed: 1);
        var copy = sample.Select(r => (double[])r.Clone()).ToArray();
        var target = new double[,] { { 1, -0.4 }, { -0.4, 1 } };

        var first = ImanConover.Apply(sample, target);
        var second = ImanConover.Apply(sample, target);

        Assert.Equal(first, second);
        Assert.Equal(copy, sample);
    }

    [Fact]
    public void Rejects_a_matrix_that_is_not_positive_definite_naming_the_inputs()
    {
        var target = new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } };
        var names = new[] { "creditPrice", "privateCapital", "partners" };

        var problem = ImanConover.Problem(target, names);
        var thrown = Assert.Throws<ArgumentException>(() => ImanConover.Apply(Designs.LatinHypercube(50, 3, 1), target));

        Assert.NotNull(problem);
        Assert.Contains("not positive definite", problem);
        Assert.Contains("creditPrice, privateCapital, partners", problem);
        Assert.Contains("not positive definite", thrown.Message);
    }

    [Theory]
    [InlineData(1.2, 1.2, 1.0, "must lie in [-1, 1]")]
    [InlineData(0.5, 0.4, 1.0, "not symmetric")]
    [InlineData(0.5, 0.5, 0.9, "with itself must be 1")]
    public void Problem_names_the_offending_pair(double upper, double lower, double diagonal, string expected)
    {
        var target = new double[,] { { diagonal, upper }, { lower, 1 } };

        var problem = ImanConover.Problem(target, ["price", "capital"]);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem);
        Assert.Contains("price", problem);
    }

    [Fact]
    public void Problem_accepts_a_valid_matrix()
    {
        Assert.Null(ImanConover.Problem(new double[,] { { 1, 0.5, -0.3 }, { 0.5, 1, 0.2 }, { -0.3, 0.2, 1 } }));
        Assert.Null(ImanConover.Problem(new double[,] { { 1 } }));
    }

    [Fact]
    public void Spearman_uses_mid_ranks_for_ties()
    {
        // Ranks of a with ties: 1.5, 1.5, 3, 4; of b: 1, 2, 3, 4; Pearson of those = 0.9486832980505138.
        Assert.Equal(0.9486832980505138, ImanConover.Spearman([1, 1, 2, 3], [10, 20, 30, 40]), 1e-12);
        Assert.Equal(-1, ImanConover.Spearman([1, 2, 3, 4], [9, 7, 5, 1]), 1e-12);
    }

    private static double[] Column(double[][] rows, int j) => rows.Select(r => r[j]).ToArray();
}
