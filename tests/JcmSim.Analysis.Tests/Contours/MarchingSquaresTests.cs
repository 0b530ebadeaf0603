using JcmSim.Analysis.Contours;

namespace JcmSim.Analysis.Tests.Contours;

public sealed class MarchingSquaresTests
{
    [Fact]
    public void A_planar_field_gives_its_exact_50_percent_line_from_border_to_border()
    {
        // Given P(x, y) = (x + y) / 2 on a 9 × 7 grid of [0, 1]²: the 50% line is x + y = 1, and a
        // linear field is interpolated exactly along every cell edge.
        var xs = Levels(9);
        var ys = Levels(7);
        var field = Field(xs, ys, (x, y) => (x + y) / 2);

        // When its 50% contour is traced
        var contour = MarchingSquares.Trace(xs, ys, field, 0.5);

        // Then it is one open line on x + y = 1, from the top-left corner to the bottom-right one
        var line = Assert.Single(contour.Lines);
        Assert.False(line.IsClosed);
        Assert.All(line.Points, p => Assert.Equal(1.0, p.X + p.Y, 12));
        var ends = new[] { line.Points[0], line.Points[^1] }.OrderBy(p => p.X).ToArray();
        Assert.Equal(new ContourPoint(0, 1), ends[0]);
        Assert.Equal(new ContourPoint(1, 0), ends[1]);
        Assert.True(line.Points.Zip(line.Points.Skip(1)).All(p => p.First != p.Second), "consecutive points repeat");
        Assert.Equal(Math.Sqrt(2), line.Length, 12);
    }

    [Fact]
    public void A_crossing_is_interpolated_between_the_samples_either_side()
    {
        // P rises from 0.2 to 0.6 along x, so 0.5 lies three quarters of the way.
        double[] xs = [10, 20];
        double[] ys = [0, 1];
        var field = new double[,] { { 0.2, 0.2 }, { 0.6, 0.6 } };

        var line = Assert.Single(MarchingSquares.Trace(xs, ys, field, 0.5).Lines);

        Assert.All(line.Points, p => Assert.Equal(17.5, p.X, 12));
        Assert.Equal([0.0, 1.0], line.Points.Select(p => p.Y).Order());
    }

    [Fact]
    public void A_peak_inside_the_grid_gives_a_closed_ring_around_it()
    {
        var xs = Levels(21);
        var ys = Levels(21);
        var field = Field(xs, ys, (x, y) => 1 - (2 * Math.Sqrt(Math.Pow(x - 0.5, 2) + Math.Pow(y - 0.5, 2))));

        // P ≥ 0.5 within radius 0.25 of the centre.
        var line = Assert.Single(MarchingSquares.Trace(xs, ys, field, 0.5).Lines);

        Assert.True(line.IsClosed);
        // A cone is linear along rays but not along cell edges: grid spacing 0.05 bounds the error.
        Assert.All(line.Points, p => Assert.InRange(Math.Sqrt(Math.Pow(p.X - 0.5, 2) + Math.Pow(p.Y - 0.5, 2)), 0.24, 0.26));
        Assert.InRange(line.Length, 2 * Math.PI * 0.25 * 0.97, 2 * Math.PI * 0.25 * 1.01);
    }

    [Fact]
    public void A_field_that_never_crosses_the_level_has_no_line()
    {
        var xs = Levels(5);
        var field = Field(xs, xs, (_, _) => 0.01);

        Assert.Empty(MarchingSquares.Trace(xs, xs, field, 0.5).Lines);
        Assert.Empty(MarchingSquares.Trace(xs, xs, Field(xs, xs, (_, _) => 0.9), 0.5).Lines);
    }

    [Theory]
    [InlineData(0.45, true)]
    [InlineData(0.55, false)]
    public void A_saddle_cell_joins_its_high_corners_when_the_mean_of_its_corners_is_high(double level, bool joined)
    {
        // One cell: (0,0) and (1,1) at 1, (1,0) and (0,1) at 0; the mean of the corners is 0.5.
        double[] xs = [0, 1];
        var field = new double[,] { { 1, 0 }, { 0, 1 } };

        var contour = MarchingSquares.Trace(xs, xs, field, level);

        // Joined (mean ≥ level): the lines cut off the low corners (1,0) and (0,1), so their
        // middles lie off the diagonal; separated: they cut off the high corners, on the diagonal.
        Assert.Equal(2, contour.Lines.Count);
        Assert.All(contour.Lines, line =>
        {
            var (x, y) = ((line.Points[0].X + line.Points[^1].X) / 2, (line.Points[0].Y + line.Points[^1].Y) / 2);
            Assert.Equal(joined, Math.Abs(x - y) > 0.3);
        });
    }

    [Fact]
    public void Coordinates_that_do_not_match_the_field_are_refused()
    {
        var field = new double[3, 2];

        Assert.Throws<ArgumentException>(() => MarchingSquares.Trace([0, 1, 2], [0, 1, 2], field, 0.5));
        Assert.Throws<ArgumentException>(() => MarchingSquares.Trace([0, 2, 1], [0, 1], field, 0.5));
    }

    private static double[] Levels(int n) => Enumerable.Range(0, n).Select(i => i / (double)(n - 1)).ToArray();

    private static double[,] Field(double[] xs, double[] ys, Func<double, double, double> f)
    {
        var field = new double[xs.Length, ys.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            for (var j = 0; j < ys.Length; j++)
            {
                field[i, j] = f(xs[i], ys[j]);
            }
        }

        return field;
    }
}
