using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>Interval whiskers drawn as lines with end caps (horizontal intervals, which ScottPlot's error bars lay out vertically by default).</summary>
internal static class Whiskers
{
    /// <summary>A horizontal interval [<paramref name="low"/>, <paramref name="high"/>] at height <paramref name="y"/> with caps <paramref name="cap"/> tall (data units).</summary>
    public static void Horizontal(Plot plot, double low, double high, double y, double cap)
    {
        Line(plot, low, y, high, y);
        Line(plot, low, y - (cap / 2), low, y + (cap / 2));
        Line(plot, high, y - (cap / 2), high, y + (cap / 2));
    }

    private static void Line(Plot plot, double x1, double y1, double x2, double y2)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = ChartStyle.TextColor;
        line.LineWidth = 1.5f;
    }
}
