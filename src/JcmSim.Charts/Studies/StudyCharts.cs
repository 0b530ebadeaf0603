using JcmSim.Analysis.Studies;
using JcmSim.Charts.Rendering;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>
/// The charts of the studies (sweep, sensitivity, discover), one method per kind, each returning a
/// ScottPlot <see cref="Plot"/> in the house style like <see cref="ChartBook"/>; save with
/// <see cref="ChartExport"/> or <see cref="ResultCharts.Render"/>. They draw results, they compute nothing.
/// </summary>
public static class StudyCharts
{
    /// <summary>One-input sweep: P(target) against the input's value, one line per target with its 95% Wilson band.</summary>
    /// <exception cref="ArgumentException">The series are not aligned with the values, or there are none.</exception>
    public static Plot Sweep(SweepChartData data, ChartOptions? options = null) =>
        Finish(SweepChart.Build(Check(data), options ??= new ChartOptions()), options);

    /// <summary>One-input sweep: the median cumulative reductions against the input's value, with the 5–95% band and the target.</summary>
    /// <exception cref="ArgumentException"><see cref="SweepChartData.Cumulative"/> is null or not aligned with the values.</exception>
    public static Plot SweepCumulative(SweepChartData data, ChartOptions? options = null) =>
        Finish(SweepCumulativeChart.Build(Check(data), options ??= new ChartOptions()), options);

    /// <summary>Two-input sweep: P(target) as a heatmap (grid designs) or coloured dots (other designs), with a colour bar and the outline of P ≥ level.</summary>
    /// <exception cref="ArgumentException">The point lists differ in length or are empty.</exception>
    public static Plot SweepHeatmap(SweepHeatmapData data, ChartOptions? options = null) =>
        Finish(SweepHeatmapChart.Build(Check(data), options ??= new ChartOptions()), options);

    /// <summary>Sobol' first- and total-order indices per input with bootstrap intervals, sorted by total order (largest on top).</summary>
    public static Plot Sobol(SobolResult data, ChartOptions? options = null) =>
        Finish(SobolChart.Build(Check(data), options ??= new ChartOptions()), options);

    /// <summary>Morris μ* against σ, one labelled point per input with the μ* interval, and the line σ = μ*.</summary>
    public static Plot Morris(MorrisResult data, ChartOptions? options = null) =>
        Finish(MorrisChart.Build(Check(data), options ??= new ChartOptions()), options);

    /// <summary>PRIM peeling trajectory: density against coverage of every box, coloured by the number of restricted inputs, the chosen box marked.</summary>
    public static Plot PrimTrajectory(PrimChartData data, ChartOptions? options = null) =>
        Finish(PrimTrajectoryChart.Build(Check(data), options ??= new ChartOptions()), options);

    /// <summary>The chosen PRIM box: for each restricted input, its range inside the box within the range studied; the box in words as subtitle.</summary>
    /// <exception cref="ArgumentException">A restricted input has no studied range (<see cref="StudyInput.Low"/>/<see cref="StudyInput.High"/>).</exception>
    public static Plot PrimBox(PrimChartData data, ChartOptions? options = null) =>
        Finish(PrimBoxChart.Build(Check(data), options ??= new ChartOptions()), options);

    private static Plot Finish(Plot plot, ChartOptions options) => ChartStyle.Finish(plot, options.Language);

    private static T Check<T>(T data)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(data);
        return data;
    }
}
