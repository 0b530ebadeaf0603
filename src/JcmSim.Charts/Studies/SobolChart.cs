using System.Globalization;
using JcmSim.Analysis.Studies;
using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>Sobol' first- and total-order indices per input, bootstrap whiskers, sorted by total order.</summary>
internal static class SobolChart
{
    public static Plot Build(SobolResult data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var indices = data.Indices.Inputs;
        var inputs = data.Study.Inputs;
        if (indices.Count == 0 || indices.Any(i => i.Input < 0 || i.Input >= inputs.Count))
        {
            throw new ArgumentException($"Every Sobol' index needs an input among the {inputs.Count} given.", nameof(data));
        }

        var provenance = StudyProvenance.Of(data.Study);

        var ranked = indices.OrderByDescending(i => i.Total).ThenBy(i => i.Input).ToList();
        var confidence = common.Numbers.Percent(data.Indices.Confidence).Replace(".0%", "%", StringComparison.Ordinal);
        var plot = ChartStyle.NewPlot(
            ChartText.Format(text.SobolTitleFormat, data.Study.OutputName.In(common.Language)),
            ChartText.Format(text.SobolSubtitleFormat, StudyFooter.Scenario(common, provenance), common.Numbers.Count(data.Indices.BaseSamples), common.Numbers.Count(provenance.TrialsPerPoint), confidence),
            StudyFooter.Format(common, provenance));
        plot.Legend.DisplayPlottableLegendItems = false;

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var first = new List<Bar>();
        var total = new List<Bar>();
        for (var k = 0; k < ranked.Count; k++)
        {
            var index = ranked[k];
            var y = ranked.Count - 1 - k;
            ticks.AddMajor(y, inputs[index.Input].Label.In(common.Language));
            first.Add(Bar(y + 0.19, index.First, OkabeIto.Blue));
            total.Add(Bar(y - 0.19, index.Total, OkabeIto.Orange));
            Whiskers.Horizontal(plot, index.FirstLow, index.FirstHigh, y + 0.19, 0.16);
            Whiskers.Horizontal(plot, index.TotalLow, index.TotalHigh, y - 0.19, 0.16);
            ChartStyle.AddNote(plot, Value(index.First), Math.Max(index.FirstHigh, index.First), y + 0.19, Alignment.MiddleLeft, offsetX: 5, color: ChartStyle.SubtleTextColor, size: 11);
            ChartStyle.AddNote(plot, Value(index.Total), Math.Max(index.TotalHigh, index.Total), y - 0.19, Alignment.MiddleLeft, offsetX: 5, color: ChartStyle.SubtleTextColor, size: 11);
        }

        plot.Add.Bars(first);
        plot.Add.Bars(total);
        var zero = plot.Add.VerticalLine(0, 1, ChartStyle.AxisColor);
        zero.LegendText = "";
        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.SobolFirst, OkabeIto.Blue));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.SobolTotal, OkabeIto.Orange));
        ChartStyle.ShowLegendBelow(plot);
        CategoryRows.Apply(plot, ticks);
        ChartStyle.NumberTicks(plot.Axes.Bottom);
        plot.Axes.Bottom.Label.Text = text.SobolAxis;
        var low = Math.Min(0, ranked.Min(i => Math.Min(i.FirstLow, i.TotalLow)));
        var high = Math.Max(0.1, ranked.Max(i => Math.Max(Math.Max(i.FirstHigh, i.TotalHigh), Math.Max(i.First, i.Total))));
        var span = high - low;
        plot.Axes.SetLimits(low - (0.03 * span), high + (0.12 * span), -0.6, ranked.Count - 0.4);
        return plot;
    }

    private static string Value(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static Bar Bar(double position, double value, Color color) => new()
    {
        Position = position,
        Value = value,
        Size = 0.36,
        FillColor = color,
        LineWidth = 0,
        Orientation = Orientation.Horizontal,
    };
}
