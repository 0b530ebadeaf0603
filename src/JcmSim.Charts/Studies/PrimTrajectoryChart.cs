using JcmSim.Charts.Localization;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>PRIM peeling trajectory: density against coverage per box, coloured by restricted inputs, the chosen box ringed.</summary>
internal static class PrimTrajectoryChart
{
    public static Plot Build(PrimChartData data, ChartOptions options)
    {
        var text = StudyChartText.For(options.Language);
        var common = text.Common;
        var result = data.Result;
        if (result.Trajectory.Count == 0)
        {
            throw new ArgumentException("The PRIM trajectory is empty.", nameof(data));
        }

        var plot = ChartStyle.NewPlot(
            text.PrimTrajectoryTitle,
            ChartText.Format(text.PrimTrajectorySubtitleFormat, StudyFooter.Scenario(common, data.Provenance), data.Outcome.In(common.Language), common.Numbers.Count(result.Cases), common.Numbers.Count(result.InterestingCases)),
            StudyFooter.Format(common, data.Provenance));
        plot.Legend.DisplayPlottableLegendItems = false;

        var path = plot.Add.ScatterLine(result.Trajectory.Select(b => 100 * b.Coverage).ToArray(), result.Trajectory.Select(b => 100 * b.Density).ToArray(), Color.FromHex("#BDBDBD"));
        path.LineWidth = 1;
        path.MarkerSize = 0;
        var baseLine = plot.Add.HorizontalLine(100 * result.BaseDensity, 1, ChartStyle.AxisColor, LinePattern.Dotted);
        baseLine.LegendText = "";
        ChartStyle.AddNote(plot, ChartText.Format(text.PrimBaseDensityFormat, common.Numbers.Percent(result.BaseDensity)), 2, 100 * result.BaseDensity, Alignment.LowerLeft, offsetY: -3, color: ChartStyle.SubtleTextColor, size: 12);

        var groups = result.Trajectory.GroupBy(b => b.Limits.Count).OrderBy(g => g.Key);
        foreach (var group in groups)
        {
            var color = group.Key == 0 ? ChartStyle.OthersColor : OkabeIto.Category(group.Key - 1);
            foreach (var box in group)
            {
                var marker = plot.Add.Marker(100 * box.Coverage, 100 * box.Density, MarkerShape.FilledCircle, 9, color);
                marker.LegendText = "";
            }

            var label = group.Key == 1 ? text.PrimRestrictedOne : ChartText.Format(text.PrimRestrictedFormat, group.Key);
            plot.Legend.ManualItems.Add(ChartStyle.LineEntry(label, color, width: 0, marker: MarkerShape.FilledCircle));
        }

        var chosen = result.Chosen;
        var ring = plot.Add.Marker(100 * chosen.Coverage, 100 * chosen.Density, MarkerShape.OpenCircle, 22, ChartStyle.TargetColor);
        ring.LegendText = "";
        ring.MarkerLineWidth = 2;
        var chosenText = ChartText.Format(text.PrimChosenFormat, common.Numbers.Percent(chosen.Coverage), common.Numbers.Percent(chosen.Density));
        var leftSide = chosen.Coverage > 0.5;
        ChartStyle.AddNote(plot, chosenText, 100 * chosen.Coverage, 100 * chosen.Density, leftSide ? Alignment.UpperRight : Alignment.UpperLeft, offsetX: leftSide ? -14 : 14, offsetY: 12, bold: true);

        ChartStyle.ShowLegendBelow(plot);
        ChartStyle.PercentTicks(plot.Axes.Bottom, 20);
        ChartStyle.PercentTicks(plot.Axes.Left, 20);
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Axes.Bottom.Label.Text = text.PrimCoverageAxis;
        plot.Axes.Left.Label.Text = text.PrimDensityAxis;
        plot.Axes.SetLimits(0, 104, 0, 106);
        return plot;
    }
}
