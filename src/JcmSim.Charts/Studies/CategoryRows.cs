using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>Horizontal-bar layout of the study charts: one named row per input on the left axis, vertical grid lines only.</summary>
internal static class CategoryRows
{
    /// <summary>Puts <paramref name="rows"/> (a tick per row, labelled with the input's name) on the left axis in the house style.</summary>
    public static void Apply(Plot plot, ScottPlot.TickGenerators.NumericManual rows)
    {
        plot.Axes.Left.TickGenerator = rows;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartStyle.TextColor;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.YAxisStyle.IsVisible = false;
    }
}
