using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>
/// Probabilities on a grid of two inputs drawn as coloured cells with the probability colour bar:
/// the part the two-input sweep's heatmap and the lever map share.
/// </summary>
internal static class ProbabilityGrid
{
    /// <summary>Draws one cell per grid point (cell <c>[a, b]</c> centred on (<paramref name="xs"/>[a], <paramref name="ys"/>[b])) and the colour bar; returns the cell edges.</summary>
    public static (double[] XEdges, double[] YEdges) Draw(Plot plot, double[] xs, double[] ys, double[,] cells, ProbabilityColorAxis scale)
    {
        var (xEdges, yEdges) = (Edges(xs), Edges(ys));
        for (var a = 0; a < xs.Length; a++)
        {
            for (var b = 0; b < ys.Length; b++)
            {
                var cell = plot.Add.Rectangle(xEdges[a], xEdges[a + 1], yEdges[b], yEdges[b + 1]);
                // An outline in the fill colour closes the anti-aliasing seams between cells.
                cell.FillColor = scale.ColorOf(cells[a, b]);
                cell.LineColor = cell.FillColor;
                cell.LineWidth = 1;
            }
        }

        AddColorBar(plot, scale);
        return (xEdges, yEdges);
    }

    /// <summary>The probability colour bar on the right, 0–100% in steps of 20.</summary>
    public static void AddColorBar(Plot plot, ProbabilityColorAxis scale)
    {
        // No title on the bar: the chart's title names the probability, and a rotated title at the
        // right edge would be cut off (and reads badly in Japanese).
        var bar = new ScottPlot.Panels.ColorBar(scale, Edge.Right);
        bar.Axis.TickLabelStyle.FontName = ChartFonts.Family;
        bar.Axis.TickLabelStyle.Font = null;
        bar.Axis.TickLabelStyle.FontSize = ChartStyle.TickSize;
        bar.Axis.TickLabelStyle.ForeColor = ChartStyle.SubtleTextColor;

        // The bar's axis is not one of the plot's axes, so ChartStyle.Finish does not correct its baseline.
        bar.Axis.TickLabelStyle.OffsetY += TextBaseline.Shift(ChartStyle.TickSize);
        bar.Axis.FrameLineStyle.Width = 0;
        bar.Width = 22;
        ChartStyle.PercentTicks(bar.Axis, 20);
        plot.Axes.AddPanel(bar);
    }

    /// <summary>
    /// Ticks at the design's levels, the centres of the cells (automatic ticks would also label the
    /// half cell beyond the first and last level, outside the range studied): every level up to 11,
    /// else every second or third so the labels do not collide.
    /// </summary>
    public static void LevelTicks(IAxis axis, double[] levels, Func<double, string> label)
    {
        var every = (int)Math.Ceiling(levels.Length / 11.0);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < levels.Length; i += every)
        {
            ticks.AddMajor(levels[i], label(levels[i]));
        }

        axis.TickGenerator = ticks;
    }

    // Cell boundaries halfway between neighbouring values (design values need not be evenly spaced
    // once mapped through an input's quantile function); the outer cells as wide as their neighbour gap.
    private static double[] Edges(double[] values)
    {
        var edges = new double[values.Length + 1];
        if (values.Length == 1)
        {
            var half = Math.Max(0.5, Math.Abs(values[0]) * 0.05);
            return [values[0] - half, values[0] + half];
        }

        for (var i = 1; i < values.Length; i++)
        {
            edges[i] = (values[i - 1] + values[i]) / 2;
        }

        edges[0] = values[0] - ((values[1] - values[0]) / 2);
        edges[^1] = values[^1] + ((values[^1] - values[^2]) / 2);
        return edges;
    }
}
