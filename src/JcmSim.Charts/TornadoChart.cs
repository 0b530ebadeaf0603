using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Rendering;
using JcmSim.Analysis.Tornado;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts;

/// <summary>
/// Tornado chart (issue 5, chart 8): for the inputs with the largest swings, two bars from the base
/// result — the input at its P10 (blue) and at its P90 (orange) — sorted by swing, largest on top.
/// </summary>
internal static class TornadoChart
{
    public static Plot Build(TornadoResult result, TornadoMetric metric, ChartOptions options)
    {
        var text = ChartText.For(options.Language);
        var target = result.Targets[metric.TargetIndex];
        var probability = metric.Kind == TornadoMetricKind.Probability;
        var scale = probability ? 100.0 : 1.0;
        var name = probability
            ? ChartText.Format(text.TornadoProbabilityFormat, target.FiscalYear, text.Numbers.Plain(target.ThresholdMt))
            : ChartText.Format(text.TornadoMedianFormat, target.FiscalYear);
        var ranked = result.Ranked(metric);
        var shown = ranked.Take(Math.Max(1, options.TornadoBars)).ToList();
        var subtitle = ChartText.Format(text.TornadoSubtitleFormat, result.Title.In(text.Language), shown.Count, result.Entries.Count);
        if (shown.Any(e => e.Scope == ParameterScope.PerProject))
        {
            subtitle += "\n" + text.TornadoPerProjectNote;
        }

        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.TornadoTitleFormat, name),
            subtitle,
            ChartFooter.Format(text, result.Version, [(result.Scenario, result.Title)], [result.Trials], result.Seed));
        plot.Legend.DisplayPlottableLegendItems = false;

        var baseValue = scale * metric.Of(result.Base);
        string Format(double value) => probability ? text.Numbers.Percent(value / 100) : text.Numbers.Mt(value);

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double low = baseValue, high = baseValue;
        var lowBars = new List<Bar>();
        var highBars = new List<Bar>();
        for (var k = 0; k < shown.Count; k++)
        {
            var entry = shown[k];
            var y = shown.Count - 1 - k;
            var dagger = entry.Scope == ParameterScope.PerProject ? "†" : "";
            var range = text.Numbers.Range(text.Numbers.Short(entry.LowValue), text.Numbers.Short(entry.HighValue));
            ticks.AddMajor(y, text.IsJapanese ? $"{entry.Label.In(text.Language)}{dagger}（{range}）" : $"{entry.Label.In(text.Language)}{dagger} ({range})");
            var atLow = scale * metric.Of(entry.Low);
            var atHigh = scale * metric.Of(entry.High);
            lowBars.Add(Bar(y + 0.19, baseValue, atLow, OkabeIto.Blue));
            highBars.Add(Bar(y - 0.19, baseValue, atHigh, OkabeIto.Orange));
            if (entry.Swing(metric) > 0)
            {
                Label(plot, Format(atLow), atLow, y + 0.19, atLow >= baseValue);
                Label(plot, Format(atHigh), atHigh, y - 0.19, atHigh >= baseValue);
            }

            low = Math.Min(low, Math.Min(atLow, atHigh));
            high = Math.Max(high, Math.Max(atLow, atHigh));
        }

        plot.Add.Bars(lowBars);
        plot.Add.Bars(highBars);
        var baseLine = plot.Add.VerticalLine(baseValue, 1.5f, ChartStyle.TargetColor);
        baseLine.LegendText = "";

        var span = high - low;
        if (span <= 0)
        {
            // Nothing moves: a readable axis around the base value, and a note saying so.
            span = probability ? 10 : Math.Max(1, Math.Abs(baseValue) * 0.1);
            low = probability ? Math.Max(0, baseValue - (span / 2)) : baseValue - (span / 2);
            high = low + span;
            var note = plot.Add.Annotation(text.TornadoNoSwing, Alignment.MiddleCenter);
            note.LabelFontName = ChartFonts.Family;
            note.LabelStyle.Font = null;
            note.LabelFontSize = ChartStyle.AxisLabelSize;
            note.LabelFontColor = ChartStyle.SubtleTextColor;
            note.LabelShadowColor = Colors.Transparent;
            note.LabelBackgroundColor = Colors.White.WithAlpha(230);
            note.LabelBorderColor = Color.FromHex("#D0D0D0");
            note.LabelStyle.PixelPadding = TextBaseline.BackgroundPadding(ChartStyle.AxisLabelSize, 0.6f);
        }

        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.TornadoLow, OkabeIto.Blue));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.TornadoHigh, OkabeIto.Orange));
        plot.Legend.ManualItems.Add(ChartStyle.LineEntry(ChartText.Format(text.TornadoBaseFormat, Format(baseValue)), ChartStyle.TargetColor, width: 1.5f));
        ChartStyle.ShowLegendBelow(plot);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartStyle.TextColor;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.YAxisStyle.IsVisible = false;
        if (probability)
        {
            ChartStyle.PercentTicks(plot.Axes.Bottom);
        }
        else
        {
            ChartStyle.NumberTicks(plot.Axes.Bottom);
        }

        plot.Axes.Bottom.Label.Text = probability
            ? ChartText.Format(text.TornadoProbabilityAxisFormat, target.FiscalYear, text.Numbers.Plain(target.ThresholdMt))
            : ChartText.Format(text.TornadoMedianAxisFormat, target.FiscalYear);
        var left = low - (0.14 * span);
        var right = high + (0.14 * span);
        if (probability)
        {
            left = Math.Max(left, Math.Min(low, 0) - (0.04 * span));
            right = Math.Min(right, Math.Max(high, 100) + (0.04 * span));
        }

        plot.Axes.SetLimits(left, right, -0.6, shown.Count - 0.4);
        return plot;
    }

    private static Bar Bar(double position, double from, double to, Color color) => new()
    {
        Position = position,
        ValueBase = from,
        Value = to,
        Size = 0.36,
        FillColor = color,
        LineWidth = 0,
        Orientation = Orientation.Horizontal,
    };

    private static void Label(Plot plot, string value, double x, double y, bool right) =>
        ChartStyle.AddNote(plot, value, x, y, right ? Alignment.MiddleLeft : Alignment.MiddleRight, offsetX: right ? 4 : -4, color: ChartStyle.SubtleTextColor, size: 11);
}
