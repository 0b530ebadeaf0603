using System.Globalization;

namespace JcmSim.Runs.Studies;

/// <summary>
/// points.parquet and points.csv: one row per design point — <c>point</c>, one column per studied
/// input (its path, in the input's units), then per target year Y: <c>p_met_Y</c>, <c>p_met_low_Y</c>,
/// <c>p_met_high_Y</c> (95% Wilson), <c>median_cumulative_mt_Y</c>, <c>p5_cumulative_mt_Y</c>,
/// <c>p95_cumulative_mt_Y</c>, <c>mean_cumulative_mt_Y</c>.
/// </summary>
public static class PointsFile
{
    /// <summary>Base name of the files.</summary>
    public const string Name = "points";

    /// <summary>The table of <paramref name="points"/>.</summary>
    public static StudyTable Table(IReadOnlyList<string> inputPaths, IReadOnlyList<PointOutcome> points)
    {
        ArgumentNullException.ThrowIfNull(inputPaths);
        ArgumentNullException.ThrowIfNull(points);
        var table = new StudyTable(points.Count).Number("point", points.Select(p => (double)p.Index));
        for (var j = 0; j < inputPaths.Count; j++)
        {
            var index = j;
            table.Number(inputPaths[j], points.Select(p => p.Values[index]));
        }

        var targets = points.Count > 0 ? points[0].Targets.Count : 0;
        for (var t = 0; t < targets; t++)
        {
            var index = t;
            var year = points[0].Targets[t].FiscalYear.ToString(CultureInfo.InvariantCulture);
            table.Number($"p_met_{year}", points.Select(p => p.Targets[index].Probability))
                .Number($"p_met_low_{year}", points.Select(p => p.Targets[index].CiLow))
                .Number($"p_met_high_{year}", points.Select(p => p.Targets[index].CiHigh))
                .Number($"median_cumulative_mt_{year}", points.Select(p => p.Targets[index].MedianMt))
                .Number($"p5_cumulative_mt_{year}", points.Select(p => p.Targets[index].P5Mt))
                .Number($"p95_cumulative_mt_{year}", points.Select(p => p.Targets[index].P95Mt))
                .Number($"mean_cumulative_mt_{year}", points.Select(p => p.Targets[index].MeanMt));
        }

        return table;
    }
}
