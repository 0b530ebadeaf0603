using System.Globalization;
using JcmSim.Runs.Studies;

namespace JcmSim.Runs.Maps;

/// <summary>
/// map.parquet and map.csv: the columns of a sweep's points file (<see cref="PointsFile"/>: point,
/// the two inputs by path, then per target year Y <c>p_met_Y</c>, its 95% Wilson interval
/// <c>p_met_low_Y</c> and <c>p_met_high_Y</c>, <c>median_cumulative_mt_Y</c>, the 5% and 95%
/// quantiles and the mean), then for a capital lever its value in JPY per year in each target year
/// (<c>PATH.jpy_per_year_Y</c>); and map.json, the whole <see cref="MapResult"/> with the contours.
/// </summary>
public static class MapFile
{
    /// <summary>Base name of the table.</summary>
    public const string Name = "map";

    /// <summary>File name of the JSON result.</summary>
    public const string Json = "map.json";

    /// <summary>The table of <paramref name="result"/>'s points.</summary>
    public static StudyTable Table(MapResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = PointsFile.Table([result.X.Input.Path, result.Y.Input.Path], result.Points);
        foreach (var (axis, index) in new[] { (result.X, 0), (result.Y, 1) })
        {
            foreach (var scale in axis.Capital)
            {
                table.Number($"{axis.Input.Path}.jpy_per_year_{scale.FiscalYear.ToString(CultureInfo.InvariantCulture)}", result.Points.Select(p => p.Values[index] * scale.JpyPerYearPerUnit));
            }
        }

        return table;
    }

    /// <summary>Writes map.parquet, map.csv and map.json into <paramref name="folder"/>.</summary>
    public static async Task WriteAsync(string folder, MapResult result, CancellationToken cancellationToken)
    {
        await Table(result).WriteAsync(folder, Name, cancellationToken);
        await StudyJson.WriteAsync(Path.Combine(folder, Json), result, cancellationToken);
    }
}
