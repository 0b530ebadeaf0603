using JcmSim.Charts;
using JcmSim.Charts.Maps;
using JcmSim.Charts.Style;
using JcmSim.Runs.Maps;
using ScottPlot;

namespace JcmSim.Notebooks;

/// <summary>
/// The result of <see cref="Jcm.MapAsync"/> (the machinery of <c>jcmsim map</c>): P(each target) on
/// a grid of two inputs, every point with the same seed, and the 50% and 80% contours.
/// </summary>
public sealed class LeverMap
{
    internal LeverMap(MapResult result) => Result = result;

    /// <summary>The map: axes, points with their outcomes, targets with their contours (as map.json).</summary>
    public MapResult Result { get; }

    /// <summary>Every point with its input values, P(each target) with its 95% interval and the median cumulative.</summary>
    /// <param name="language">"en" or "ja".</param>
    public ResultTable Table(string language = "en") => new(MapTableText.Build(Result, language));

    /// <summary>The heatmap of P(target of <paramref name="fiscalYear"/>) with its contours; null for the last target mapped.</summary>
    /// <param name="fiscalYear">A target year of the map.</param>
    /// <param name="language">"en" or "ja".</param>
    /// <exception cref="ArgumentException"><paramref name="fiscalYear"/> is not a target year of the map.</exception>
    public Plot Chart(int? fiscalYear = null, string language = "en")
    {
        ChartFonts.EnsureInstalled();
        return MapCharts.LeverMap(MapChartSet.Data(Result, fiscalYear ?? Result.Targets[^1].FiscalYear), new ChartOptions { Language = language });
    }

    /// <summary>The table as text.</summary>
    public override string ToString() => Table().ToString();
}
