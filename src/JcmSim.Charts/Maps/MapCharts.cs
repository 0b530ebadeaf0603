using JcmSim.Charts.Rendering;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Maps;

/// <summary>
/// The lever map (<c>jcmsim map</c>) as a ScottPlot <see cref="Plot"/> in the house style, like
/// <see cref="ChartBook"/> and the study charts; save with <see cref="ChartExport"/>. It draws a
/// result, it computes nothing.
/// </summary>
public static class MapCharts
{
    /// <summary>P(target) over two inputs as a heatmap of the grid with a colour bar and the labelled contours of <see cref="LeverMapData.Contours"/>.</summary>
    /// <exception cref="ArgumentException">The levels are not increasing, or the probabilities do not match them.</exception>
    public static Plot LeverMap(LeverMapData data, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new ChartOptions();
        return ChartStyle.Finish(LeverMapChart.Build(data, options), options.Language);
    }
}
