using JcmSim.Analysis.Studies;
using JcmSim.Charts.Style;
using JcmSim.Model.Scenarios;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>The chosen PRIM box: per restricted input, the box's range as a share of the range studied; the box in words.</summary>
internal static class PrimBoxChart
{
    public static Plot Build(PrimChartData data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var box = data.Result.Chosen;
        foreach (var limit in box.Limits)
        {
            var input = limit.Input >= 0 && limit.Input < data.Inputs.Count ? data.Inputs[limit.Input] : throw new ArgumentException($"The box restricts input {limit.Input} but only {data.Inputs.Count} inputs were given.", nameof(data));
            if (input.Low is not { } low || input.High is not { } high || !(high > low))
            {
                throw new ArgumentException($"The restricted input '{input.Name.En}' needs its studied range (StudyInput.Low < StudyInput.High).", nameof(data));
            }
        }

        var names = data.Inputs.Select(i => i.Name).ToList();
        var outcome = new LocalizedText(Capitalised(data.Outcome.En), data.Outcome.Ja);
        var description = Prim.Describe(box, names, outcome, (i, v) => common.Numbers.Short(v)).In(common.Language);
        var plot = ChartStyle.NewPlot(text.PrimBoxTitle, description, StudyFooter.Format(common, data.Provenance));
        plot.Legend.DisplayPlottableLegendItems = false;

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var limits = box.Limits.ToList();
        for (var k = 0; k < limits.Count; k++)
        {
            var limit = limits[k];
            var input = data.Inputs[limit.Input];
            var (low, high) = (input.Low!.Value, input.High!.Value);
            var y = limits.Count - 1 - k;
            ticks.AddMajor(y, input.Label(common.Language));
            var studied = plot.Add.Rectangle(0, 100, y - 0.22, y + 0.22);
            studied.FillColor = Color.FromHex("#E6E6E6");
            studied.LineWidth = 0;
            var from = Math.Clamp(100 * (limit.Low - low) / (high - low), 0, 100);
            var to = Math.Clamp(100 * (limit.High - low) / (high - low), 0, 100);
            var inside = plot.Add.Rectangle(from, to, y - 0.22, y + 0.22);
            inside.FillColor = OkabeIto.Blue;
            inside.LineWidth = 0;
            ChartStyle.AddNote(plot, common.Numbers.Short(low), 0, y - 0.22, Alignment.UpperLeft, offsetY: 4, color: ChartStyle.SubtleTextColor, size: 11);
            ChartStyle.AddNote(plot, common.Numbers.Short(high), 100, y - 0.22, Alignment.UpperRight, offsetY: 4, color: ChartStyle.SubtleTextColor, size: 11);
            if (limit.RestrictsLow)
            {
                ChartStyle.AddNote(plot, common.Numbers.Short(limit.Low), from, y + 0.22, Alignment.LowerCenter, offsetY: -4, bold: true, size: 12);
            }

            if (limit.RestrictsHigh)
            {
                ChartStyle.AddNote(plot, common.Numbers.Short(limit.High), to, y + 0.22, Alignment.LowerCenter, offsetY: -4, bold: true, size: 12);
            }
        }

        if (limits.Count == 0)
        {
            ChartStyle.AddNote(plot, text.PrimBoxNone, 50, 0, Alignment.MiddleCenter, color: ChartStyle.SubtleTextColor);
            ticks.AddMajor(0, "");
        }

        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.PrimBoxInside, OkabeIto.Blue));
        plot.Legend.ManualItems.Add(ChartStyle.Swatch(text.PrimBoxStudied, Color.FromHex("#E6E6E6")));
        ChartStyle.ShowLegendBelow(plot);
        CategoryRows.Apply(plot, ticks);
        ChartStyle.PercentTicks(plot.Axes.Bottom, 20);
        plot.Axes.Bottom.Label.Text = text.PrimBoxAxis;
        plot.Axes.SetLimits(-3, 103, -0.7, Math.Max(1, limits.Count) - 0.3);
        return plot;
    }

    private static string Capitalised(string clause) =>
        string.IsNullOrEmpty(clause) ? clause : char.ToUpperInvariant(clause[0]) + clause[1..];
}
