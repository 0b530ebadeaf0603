using JcmSim.Analysis.Studies;

namespace JcmSim.Analysis.Tests.Studies;

public sealed class DesignsTests
{
    [Fact]
    public void Grid_lists_every_level_combination_with_the_last_dimension_fastest()
    {
        var grid = Designs.Grid(2, 3);

        double[][] expected =
        [
            [0, 0], [0, 0.5], [0, 1],
            [0.5, 0], [0.5, 0.5], [0.5, 1],
            [1, 0], [1, 0.5], [1, 1],
        ];
        Assert.Equal(expected, grid);
    }

    [Fact]
    public void Grid_of_three_dimensions_has_levels_cubed_distinct_rows_including_both_corners()
    {
        var grid = Designs.Grid(3, 4);

        Assert.Equal(64, grid.Length);
        Assert.Equal(64, grid.Select(r => string.Join(",", r)).Distinct().Count());
        Assert.Equal([0.0, 0.0, 0.0], grid[0]);
        Assert.Equal([0.0, 0.0, 1.0 / 3], grid[1]);
        Assert.Equal([1.0, 1.0, 1.0], grid[^1]);
    }

    [Fact]
    public void Grid_rejects_one_level_and_oversized_grids()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Designs.Grid(2, 1));
        var tooBig = Assert.Throws<ArgumentOutOfRangeException>(() => Designs.Grid(7, 10));
        Assert.Contains("Latin hypercube", tooBig.Message);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 3)]
    [InlineData(257, 5)]
    public void Latin_hypercube_puts_exactly_one_point_in_each_stratum_of_each_column(int samples, int dimensions)
    {
        var design = Designs.LatinHypercube(samples, dimensions, seed: 42);

        Assert.Equal(samples, design.Length);
        for (var d = 0; d < dimensions; d++)
        {
            var strata = design.Select(row => row[d]).Select(v =>
            {
                Assert.InRange(v, double.Epsilon, 1 - 1e-16);
                return (int)Math.Floor(v * samples);
            }).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, samples), strata);
        }
    }

    [Fact]
    public void Latin_hypercube_is_determined_by_its_seed()
    {
        var first = Designs.LatinHypercube(100, 4, seed: 7);
        var again = Designs.LatinHypercube(100, 4, seed: 7);
        var other = Designs.LatinHypercube(100, 4, seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Latin_hypercube_columns_are_nearly_uncorrelated()
    {
        // Independent permutations: Spearman's rho ~ N(0, 1/(n − 1)); 4 standard errors.
        var design = Designs.LatinHypercube(1000, 3, seed: 3);
        var columns = Enumerable.Range(0, 3).Select(d => design.Select(r => r[d]).ToArray()).ToArray();

        Assert.InRange(ImanConover.Spearman(columns[0], columns[1]), -4 / Math.Sqrt(999), 4 / Math.Sqrt(999));
        Assert.InRange(ImanConover.Spearman(columns[1], columns[2]), -4 / Math.Sqrt(999), 4 / Math.Sqrt(999));
    }
}
