using JcmSim.Charts;
using JcmSim.Charts.Maps;
using JcmSim.Charts.Rendering;
using JcmSim.Charts.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Maps;

/// <summary>The charts of a map: one per target, <c>charts/map-YEAR.png|svg</c> (PNG 2400×1500 and SVG), drawn by <see cref="MapCharts.LeverMap"/>.</summary>
public static class MapChartSet
{
    /// <summary>The chart data of the target of <paramref name="fiscalYear"/>.</summary>
    /// <exception cref="ArgumentException">The map has no such target.</exception>
    public static LeverMapData Data(MapResult result, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(result);
        var target = result.Targets.FirstOrDefault(t => t.FiscalYear == fiscalYear)
            ?? throw new ArgumentException($"The map has no target in FY{fiscalYear} (allowed: {string.Join(", ", result.Targets.Select(t => t.FiscalYear))}).", nameof(fiscalYear));
        return new LeverMapData(
            new StudyProvenance(result.Version, result.Scenario, result.Title, result.TrialsPerPoint, result.Seed),
            new ReductionTarget(target.FiscalYear, target.ThresholdMt),
            Axis(result.X, fiscalYear),
            Axis(result.Y, fiscalYear),
            result.Probability(fiscalYear),
            target.Contours);
    }

    /// <summary>Renders one chart per target into FOLDER/charts.</summary>
    public static IReadOnlyList<RenderedChart> Render(string folder, MapResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = new ChartOptions { Language = language };
        var charts = result.Targets.Select(t => new ChartDefinition($"map-{t.FiscalYear}", () => MapCharts.LeverMap(Data(result, t.FiscalYear), options)));
        return ResultCharts.Render(charts, Path.Combine(folder, ResultCharts.Folder));
    }

    private static LeverMapAxis Axis(MapAxis axis, int fiscalYear) =>
        new(new StudyInput(axis.Input.Label, DisplayUnit(axis.Unit), axis.Low, axis.High), axis.Levels, axis.JpyPerYearPerUnit(fiscalYear));

    // The catalogue's unit as an axis shows it: a factor as ×, without the catalogue's explanation in brackets.
    private static string DisplayUnit(string unit)
    {
        var bracket = unit.IndexOf(" (", StringComparison.Ordinal);
        var shown = bracket > 0 ? unit[..bracket] : unit;
        return shown switch
        {
            "factor" => "×",
            "–" => "",
            _ => shown,
        };
    }
}
