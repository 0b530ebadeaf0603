using System.Globalization;
using JcmSim.Analysis.Contours;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Studies;
using JcmSim.Charts.Style;
using ScottPlot;
using ContourLine = JcmSim.Analysis.Contours.ContourLine;

namespace JcmSim.Charts.Maps;

/// <summary>The lever map: P(target) as cells over the grid, the colour bar, the contours drawn as lines and labelled with their level.</summary>
internal static class LeverMapChart
{
    private const float ContourWidth = 2.5f;

    public static Plot Build(LeverMapData data, ChartOptions options)
    {
        var text = LeverMapText.For(options.Language);
        var common = text.Common;
        var xs = Check(data.X.Levels, "X");
        var ys = Check(data.Y.Levels, "Y");
        if (data.Probability.GetLength(0) != xs.Length || data.Probability.GetLength(1) != ys.Length)
        {
            throw new ArgumentException($"A map of {xs.Length} × {ys.Length} levels needs as many probabilities; got {data.Probability.GetLength(0)} × {data.Probability.GetLength(1)}.", nameof(data));
        }

        var levels = data.Contours.OrderBy(c => c.Level).ToList();
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.TitleFormat, data.Target.FiscalYear, common.Numbers.Plain(data.Target.ThresholdMt)),
            ChartText.Format(text.SubtitleFormat, StudyFooter.Scenario(common, data.Provenance), xs.Length, ys.Length, common.Numbers.Count(data.Provenance.TrialsPerPoint),
                string.Join(text.And, levels.Select(c => Percent(c.Level)))),
            StudyFooter.Format(common, data.Provenance));
        plot.Legend.DisplayPlottableLegendItems = false;
        var (xEdges, yEdges) = ProbabilityGrid.Draw(plot, xs, ys, data.Probability, new ProbabilityColorAxis());
        for (var k = 0; k < levels.Count; k++)
        {
            var pattern = k == levels.Count - 1 ? LinePattern.Solid : LinePattern.Dashed;
            Draw(plot, levels[k], pattern);
            plot.Legend.ManualItems.Add(ChartStyle.LineEntry(LegendText(text, levels[k], data.Probability), ChartStyle.TargetColor, width: ContourWidth, pattern: pattern));
        }

        ChartStyle.ShowLegendBelow(plot);
        ProbabilityGrid.LevelTicks(plot.Axes.Bottom, xs, v => TickLabel(text, data.X, v));
        ProbabilityGrid.LevelTicks(plot.Axes.Left, ys, v => TickLabel(text, data.Y, v));
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Bottom.Label.Text = AxisTitle(text, data.X, data.Target.FiscalYear);
        plot.Axes.Left.Label.Text = AxisTitle(text, data.Y, data.Target.FiscalYear);
        plot.Axes.SetLimits(xEdges[0], xEdges[^1], yEdges[0], yEdges[^1]);
        return plot;
    }

    private static double[] Check(IReadOnlyList<double> levels, string axis)
    {
        var array = levels.ToArray();
        if (array.Length < 2 || array.Zip(array.Skip(1)).Any(p => !(p.Second > p.First)))
        {
            throw new ArgumentException($"The {axis} axis needs at least 2 strictly increasing levels; got {string.Join(", ", array)}.", nameof(levels));
        }

        return array;
    }

    private static void Draw(Plot plot, Contour contour, LinePattern pattern)
    {
        foreach (var line in contour.Lines)
        {
            var path = plot.Add.ScatterLine(line.Points.Select(p => p.X).ToArray(), line.Points.Select(p => p.Y).ToArray());
            path.Color = ChartStyle.TargetColor;
            path.LineWidth = ContourWidth;
            path.LinePattern = pattern;
            path.MarkerSize = 0;
            path.LegendText = "";
        }

        // The label sits halfway along the longest line, on a white halo that interrupts the line.
        if (contour.Lines.MaxBy(l => l.Length) is { } longest)
        {
            var middle = Halfway(longest);
            ChartStyle.AddNote(plot, Percent(contour.Level), middle.X, middle.Y, Alignment.MiddleCenter, bold: true);
        }
    }

    private static ContourPoint Halfway(ContourLine line)
    {
        var remaining = line.Length / 2;
        for (var i = 1; i < line.Points.Count; i++)
        {
            var (a, b) = (line.Points[i - 1], line.Points[i]);
            var step = Math.Sqrt(Math.Pow(b.X - a.X, 2) + Math.Pow(b.Y - a.Y, 2));
            if (step >= remaining && step > 0)
            {
                var t = remaining / step;
                return new ContourPoint(a.X + (t * (b.X - a.X)), a.Y + (t * (b.Y - a.Y)));
            }

            remaining -= step;
        }

        return line.Points[^1];
    }

    private static string LegendText(LeverMapText text, Contour contour, double[,] probability)
    {
        var level = Percent(contour.Level);
        if (contour.Lines.Count > 0)
        {
            return ChartText.Format(text.ContourFormat, level);
        }

        return probability.Cast<double>().All(p => p >= contour.Level)
            ? ChartText.Format(text.NowhereAboveFormat, level)
            : ChartText.Format(text.NowhereBelowFormat, level);
    }

    private static string TickLabel(LeverMapText text, LeverMapAxis axis, double value)
    {
        var number = text.Common.Numbers.Short(value);
        if (axis.Input.Unit == "×")
        {
            number = "×" + number;
        }

        return axis.JpyPerYearPerUnit is { } perUnit ? number + "\n" + text.Jpy(value * perUnit) : number;
    }

    private static string AxisTitle(LeverMapText text, LeverMapAxis axis, int fiscalYear)
    {
        var label = axis.Input.Label(text.Common.Language);
        return axis.JpyPerYearPerUnit is null ? label : ChartText.Format(text.CapitalAxisFormat, label, fiscalYear);
    }

    private static string Percent(double level) => (100 * level).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
