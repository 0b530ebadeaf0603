using JcmSim.Analysis.Studies;

namespace JcmSim.Analysis.Tests.Studies;

public sealed class MorrisTests
{
    [Theory]
    [InlineData(4, 2)]
    [InlineData(6, 5)]
    [InlineData(2, 3)]
    public void Each_step_of_a_trajectory_moves_one_coordinate_by_delta_and_every_coordinate_once(int levels, int dimensions)
    {
        var design = Morris.Trajectories(20, dimensions, levels, seed: 3);
        var delta = levels / (2.0 * (levels - 1));

        Assert.Equal(delta, design.Delta);
        Assert.Equal(20 * (dimensions + 1), design.Points.Length);
        foreach (var value in design.Points.SelectMany(p => p))
        {
            // On the p-level grid, inside [0, 1].
            var level = value * (levels - 1);
            Assert.Equal(Math.Round(level), level, 1e-9);
            Assert.InRange(value, 0, 1);
        }

        for (var t = 0; t < 20; t++)
        {
            var moved = new List<int>();
            for (var s = 0; s < dimensions; s++)
            {
                var (before, after) = (design.Points[(t * (dimensions + 1)) + s], design.Points[(t * (dimensions + 1)) + s + 1]);
                var changed = Enumerable.Range(0, dimensions).Where(i => before[i] != after[i]).ToArray();
                var i = Assert.Single(changed);
                Assert.Equal(delta, Math.Abs(after[i] - before[i]), 1e-12);
                moved.Add(i);
            }

            Assert.Equal(Enumerable.Range(0, dimensions), moved.Order());
        }
    }

    [Fact]
    public void Trajectories_are_determined_by_the_seed()
    {
        Assert.Equal(Morris.Trajectories(10, 4, 4, 1).Points, Morris.Trajectories(10, 4, 4, 1).Points);
        Assert.NotEqual(Morris.Trajectories(10, 4, 4, 1).Points, Morris.Trajectories(10, 4, 4, 2).Points);
    }

    [Fact]
    public void Linear_model_gives_mu_star_equal_to_the_absolute_slope_and_zero_sigma()
    {
        double[] b = [1, -2, 4, 0];
        var design = Morris.Trajectories(30, 4, 4, seed: 8);
        var outputs = design.Points.Select(x => x.Select((v, i) => b[i] * v).Sum()).ToArray();

        var indices = Morris.Analyze(design, outputs, bootstrapResamples: 200);

        foreach (var index in indices.Inputs)
        {
            Assert.Equal(b[index.Input], index.Mu, 1e-9);
            Assert.Equal(Math.Abs(b[index.Input]), index.MuStar, 1e-9);
            Assert.Equal(0, index.Sigma, 1e-9);
            Assert.Equal(Math.Abs(b[index.Input]), index.MuStarLow, 1e-9);
            Assert.Equal(Math.Abs(b[index.Input]), index.MuStarHigh, 1e-9);
        }
    }

    [Fact]
    public void Ishigami_third_input_has_spread_from_its_interaction_with_the_first()
    {
        // f = sin x1 + 7 sin² x2 + 0.1 x3⁴ sin x1: x3 acts only through x1, so its effects change sign
        // with sin x1 (μ ≈ 0, σ > 0, μ* > 0); x2's effects are large and non-linear.
        var design = Morris.Trajectories(200, 3, 4, seed: 21);
        var outputs = design.Points.Select(u =>
        {
            var x = u.Select(v => (2 * Math.PI * v) - Math.PI).ToArray();
            return Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));
        }).ToArray();

        var indices = Morris.Analyze(design, outputs, bootstrapResamples: 300);
        var x3 = indices.Inputs[2];

        Assert.True(x3.Sigma > 1, $"σ(x3) = {x3.Sigma}");
        Assert.True(x3.MuStarLow > 0.5, $"μ*(x3) interval starts at {x3.MuStarLow}");
        // |μ| well below μ*: effects of both signs (standard error of μ is σ/√r).
        Assert.InRange(Math.Abs(x3.Mu), 0, Math.Min(x3.MuStar / 2, 3 * x3.Sigma / Math.Sqrt(200)));
        Assert.InRange(x3.MuStar, x3.MuStarLow, x3.MuStarHigh);
    }

    [Fact]
    public void Outputs_of_the_wrong_length_are_rejected()
    {
        var design = Morris.Trajectories(4, 2, 4, 1);

        Assert.Throws<ArgumentException>(() => Morris.Analyze(design, new double[5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Morris.Trajectories(4, 2, 3, 1));
    }
}
