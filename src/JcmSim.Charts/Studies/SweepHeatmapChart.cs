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
        double[] xEdges = [];
        double[] yEdges = [];
        if (isGrid)
        {
            var cells = new double[xs.Length, ys.Length];
            for (var i = 0; i < n; i++)
            {
                cells[Array.BinarySearch(xs, data.X[i]), Array.BinarySearch(ys, data.Y[i])] = data.Probability[i];
            }

            (xEdges, yEdges) = ProbabilityGrid.Draw(plot, xs, ys, cells, scale);
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

            ProbabilityGrid.AddColorBar(plot, scale);
        }

        plot.Legend.ManualItems.Add(isGrid
            ? ChartStyle.LineEntry(ChartText.Format(text.OutlineFormat, level), ChartStyle.TargetColor, width: 2.5f)
            : ChartStyle.LineEntry(ChartText.Format(text.OutlineFormat, level), ChartStyle.TargetColor, width: 0, marker: MarkerShape.OpenCircle));
        ChartStyle.ShowLegendBelow(plot);
        if (isGrid)
        {
            ProbabilityGrid.LevelTicks(plot.Axes.Bottom, xs, common.Numbers.Short);
            ProbabilityGrid.LevelTicks(plot.Axes.Left, ys, common.Numbers.Short);
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
