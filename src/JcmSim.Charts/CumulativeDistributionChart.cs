using JcmSim.Charts.Localization;
using JcmSim.Analysis.Results;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>Histogram of the cumulative reductions at a target year, the target line and P(met) (issue 5, chart 3).</summary>
internal static class CumulativeDistributionChart
{
    public static Plot Build(RunResults results, int fiscalYear, ChartOptions options)
    {
        var text = ChartText.For(options.Language);
        var scenarios = results.Summary.Scenarios;
        var target = results.Reference.Targets.FirstOrDefault(t => t.FiscalYear == fiscalYear)
            ?? throw new ArgumentException($"FY{fiscalYear} is not a target year of the run.", nameof(fiscalYear));
        var threshold = target.ThresholdMt;
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.DistributionTitleFormat, fiscalYear),
            ChartText.Format(text.DistributionSubtitleFormat, fiscalYear, text.Numbers.Plain(threshold)),
            ChartBook.Footer(results, text));
        plot.Legend.DisplayPlottableLegendItems = false;

        double left = threshold, right = threshold, top = 0, weightedCenter = 0, weight = 0;
        for (var s = 0; s < scenarios.Count; s++)
        {
            var histogram = results.Histogram(scenarios[s].Name, fiscalYear);
            if (histogram is null)
            {
                continue;
            }

            var color = ChartStyle.ScenarioColor(s);
            var several = scenarios.Count > 1;
            if (several)
            {
                // Several scenarios overlap: light fills with a solid step outline keep each readable.
                var xs = new List<double> { histogram.BinStartMt };
                var ys = new List<double> { 0 };
                for (var b = 0; b < histogram.Counts.Length; b++)
                {
                    var share = 100 * histogram.Share(b);
                    var edge = histogram.BinStartMt + (b * histogram.BinWidthMt);
                    xs.AddRange([edge, edge + histogram.BinWidthMt]);
                    ys.AddRange([share, share]);
                    top = Math.Max(top, share);
                    weightedCenter += (edge + (histogram.BinWidthMt / 2)) * share;
                    weight += share;
                }

                xs.Add(histogram.BinEndMt);
                ys.Add(0);
                var fill = plot.Add.FillY(xs.ToArray(), ys.ToArray(), new double[xs.Count]);
                fill.FillColor = color.WithAlpha(0.16);
                fill.LineWidth = 0;
                var outline = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
                outline.LineWidth = 2;
                outline.MarkerSize = 0;
            }
            else
            {
                var bars = new List<Bar>();
                for (var b = 0; b < histogram.Counts.Length; b++)
                {
                    var share = 100 * histogram.Share(b);
                    if (share <= 0)
                    {
                        continue;
                    }

                    var binCenter = histogram.BinStartMt + ((b + 0.5) * histogram.BinWidthMt);
                    bars.Add(new Bar
                    {
                        Position = binCenter,
                        Value = share,
                        Size = histogram.BinWidthMt,
                        FillColor = color.WithAlpha(0.85),
                        LineColor = Colors.White,
                        LineWidth = 0,
                    });
                    top = Math.Max(top, share);
                    weightedCenter += binCenter * share;
                    weight += share;
                }

                plot.Add.Bars(bars);
            }

            left = Math.Min(left, histogram.BinStartMt);
            right = Math.Max(right, histogram.BinEndMt);

            // The legend carries each scenario's P(met): one box, colour-keyed.
            var summary = scenarios[s].Targets.First(t => t.FiscalYear == fiscalYear);
            plot.Legend.ManualItems.Add(ChartStyle.Swatch(
                ChartText.Format(
                    text.DistributionAnnotationFormat,
                    scenarios[s].Title.In(text.Language),
                    text.Numbers.Plain(threshold),
                    text.Numbers.Percent(summary.Probability),
                    text.Numbers.Percent(summary.CiLow),
                    text.Numbers.Percent(summary.CiHigh)),
                scenarios.Count > 1 ? color : color.WithAlpha(0.85)));
        }

        var span = Math.Max(right - left, 1);
        left -= 0.04 * span;
        right += 0.04 * span;
        top = Math.Max(top, 1) * 1.3;

        var line = plot.Add.VerticalLine(threshold, 1.5f, ChartStyle.TargetColor, LinePattern.Dashed);
        line.LegendText = "";
        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(ChartText.Format(text.TargetFormat, fiscalYear, text.Numbers.Plain(threshold)), ChartStyle.TargetColor, 1.5f, LinePattern.Dashed));

        // When the target lies well beyond the bulk of the trials, an arrow from the reference
        // scenario's median to the target says by how much it falls short (or exceeds it).
        var median = results.Reference.Targets.First(t => t.FiscalYear == fiscalYear).CumulativeMt.P50;
        if (Math.Abs(threshold - median) > 0.25 * (right - left))
        {
            var y = top * 0.45;
            var arrow = plot.Add.Arrow(median, y, threshold, y);
            arrow.ArrowLineColor = ChartStyle.SubtleTextColor;
            arrow.ArrowFillColor = ChartStyle.SubtleTextColor;
            arrow.ArrowLineWidth = 1.5f;
            arrow.ArrowWidth = 1.5f;
            arrow.ArrowheadWidth = 10;
            arrow.ArrowheadLength = 12;
            var gap = ChartText.Format(median < threshold ? text.ShortfallFormat : text.ExcessFormat, text.Numbers.Mt(Math.Abs(threshold - median)));
            ChartStyle.AddNote(plot, gap, (median + threshold) / 2, y, Alignment.LowerCenter, offsetY: -6, size: ChartStyle.AnnotationSize);
        }

        // The legend goes on the side away from the bulk of the distribution.
        var center = weight > 0 ? weightedCenter / weight : (left + right) / 2;
        ChartStyle.ShowLegend(plot, center > (left + right) / 2 ? Alignment.UpperLeft : Alignment.UpperRight);

        ChartStyle.NumberTicks(plot.Axes.Bottom);
        ChartStyle.PercentTicks(plot.Axes.Left);
        plot.Axes.Bottom.Label.Text = ChartText.Format(text.CumulativeAxisFormat, results.Reference.AccountingStartYear);
        plot.Axes.Left.Label.Text = text.DistributionAxis;
        plot.Axes.SetLimits(left, right, 0, top);
        return plot;
    }
}
