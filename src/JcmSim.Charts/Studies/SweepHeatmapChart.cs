using System.Globalization;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>Two-input sweep: P(target) over the two inputs, cells for a grid, dots otherwise, a colour bar and the P ≥ level outline.</summary>
internal static class SweepHeatmapChart
{
    public static Plot Build(SweepHeatmapData data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var n = data.Probability.Count;
        if (n == 0 || data.X.Count != n || data.Y.Count != n)
        {
            throw new ArgumentException($"A heatmap needs the same number (≥ 1) of X, Y and probability values; got {data.X.Count}, {data.Y.Count} and {n}.", nameof(data));
        }

        if (!(data.OutlineProbability > 0 && data.OutlineProbability <= 1))
        {
            throw new ArgumentException($"The outline probability must lie in (0, 1]; got {data.OutlineProbability}.", nameof(data));
        }

        var xs = data.X.Distinct().Order().ToArray();
        var ys = data.Y.Distinct().Order().ToArray();
        var isGrid = xs.Length * ys.Length == n && Enumerable.Range(0, n).Select(i => (data.X[i], data.Y[i])).Distinct().Count() == n;
        var level = (100 * data.OutlineProbability).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        var subtitle = ChartText.Format(text.HeatmapSubtitleFormat, StudyFooter.Scenario(common, data.Provenance), common.Numbers.Count(n), common.Numbers.Count(data.Provenance.TrialsPerPoint), level);
        if (!isGrid)
        {
            subtitle += (common.IsJapanese ? "。" : "; ") + text.HeatmapScatterNote;
        }

        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.HeatmapTitleFormat, data.Target.FiscalYear, common.Numbers.Plain(data.Target.ThresholdMt)),
            subtitle,
            StudyFooter.Format(common, data.Provenance));
        plot.Legend.DisplayPlottableLegendItems = false;
        var scale = new ProbabilityColorAxis();
        var (xEdges, yEdges) = (Edges(xs), Edges(ys));
        if (isGrid)
        {
            var cells = new double[xs.Length, ys.Length];
            for (var i = 0; i < n; i++)
            {
                cells[Array.BinarySearch(xs, data.X[i]), Array.BinarySearch(ys, data.Y[i])] = data.Probability[i];
            }

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

            Outline(plot, cells, xEdges, yEdges, data.OutlineProbability);
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                var dot = plot.Add.Marker(data.X[i], data.Y[i], MarkerShape.FilledCircle, 9, scale.ColorOf(data.Probability[i]));
                dot.LegendText = "";
                if (data.Probability[i] >= data.OutlineProbability)
                {
                    var ring = plot.Add.Marker(data.X[i], data.Y[i], MarkerShape.OpenCircle, 13, ChartStyle.TargetColor);
                    ring.LegendText = "";
                }
            }
        }

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

        plot.Legend.ManualItems.Add(isGrid
            ? ChartStyle.LineEntry(ChartText.Format(text.OutlineFormat, level), ChartStyle.TargetColor, width: 2.5f)
            : ChartStyle.LineEntry(ChartText.Format(text.OutlineFormat, level), ChartStyle.TargetColor, width: 0, marker: MarkerShape.OpenCircle));
        ChartStyle.ShowLegendBelow(plot);
        if (isGrid)
        {
            // Ticks at the design's levels, the centres of the cells: automatic ticks would also
            // label the half cell beyond the first and last level, outside the range studied.
            LevelTicks(plot.Axes.Bottom, xs, common);
            LevelTicks(plot.Axes.Left, ys, common);
        }
        else
        {
            ChartStyle.NumberTicks(plot.Axes.Bottom);
            ChartStyle.NumberTicks(plot.Axes.Left);
        }

        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Bottom.Label.Text = data.XInput.Label(common.Language);
        plot.Axes.Left.Label.Text = data.YInput.Label(common.Language);
        if (isGrid)
        {
            plot.Axes.SetLimits(xEdges[0], xEdges[^1], yEdges[0], yEdges[^1]);
        }
        else
        {
            var (dx, dy) = (Pad(xs), Pad(ys));
            plot.Axes.SetLimits(xs[0] - dx, xs[^1] + dx, ys[0] - dy, ys[^1] + dy);
        }

        return plot;
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

    private static void LevelTicks(IAxis axis, double[] levels, ChartText text)
    {
        // Every level up to 11, else every second or third so the labels do not collide.
        var every = (int)Math.Ceiling(levels.Length / 11.0);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < levels.Length; i += every)
        {
            ticks.AddMajor(levels[i], text.Numbers.Short(levels[i]));
        }

        axis.TickGenerator = ticks;
    }

    private static double Pad(double[] sorted)
    {
        var span = sorted[^1] - sorted[0];
        return span > 0 ? span * 0.04 : Math.Max(0.5, Math.Abs(sorted[0]) * 0.05);
    }

    // The border between neighbouring cells on either side of the level, along the cell edges (the
    // data area's own border is not drawn: it would read as a frame).
    private static void Outline(Plot plot, double[,] cells, double[] xEdges, double[] yEdges, double level)
    {
        var (nx, ny) = (cells.GetLength(0), cells.GetLength(1));
        bool Above(int a, int b) => cells[a, b] >= level;
        for (var a = 1; a < nx; a++)
        {
            for (var b = 0; b < ny; b++)
            {
                if (Above(a - 1, b) != Above(a, b))
                {
                    Segment(plot, xEdges[a], yEdges[b], xEdges[a], yEdges[b + 1]);
                }
            }
        }

        for (var b = 1; b < ny; b++)
        {
            for (var a = 0; a < nx; a++)
            {
                if (Above(a, b - 1) != Above(a, b))
                {
                    Segment(plot, xEdges[a], yEdges[b], xEdges[a + 1], yEdges[b]);
                }
            }
        }
    }

    private static void Segment(Plot plot, double x1, double y1, double x2, double y2)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = ChartStyle.TargetColor;
        line.LineWidth = 2.5f;
    }
}
