using JcmSim.Model.Scenarios;
using JcmSim.Runs.Studies;

namespace JcmSim.Runs.Maps;

/// <summary>
/// The result of <c>jcmsim map</c>, written as map.json: P(target met) on a grid of two inputs,
/// every point run with the same trials and seed (common random numbers), and the contours.
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Title">Scenario title.</param>
/// <param name="TrialsPerPoint">Trials per grid point.</param>
/// <param name="Seed">Seed of every point.</param>
/// <param name="Version">JcmSim version.</param>
/// <param name="X">The horizontal axis.</param>
/// <param name="Y">The vertical axis.</param>
/// <param name="Targets">The targets mapped, with their contours.</param>
/// <param name="Points">Every grid point, x-major (point i·|Y| + j is at X level i, Y level j), with its outcome against every target of the scenario.</param>
public sealed record MapResult(
    string Scenario,
    LocalizedText Title,
    int TrialsPerPoint,
    ulong Seed,
    string Version,
    MapAxis X,
    MapAxis Y,
    IReadOnlyList<MapTarget> Targets,
    IReadOnlyList<PointOutcome> Points)
{
    /// <summary>P(met) of the target of <paramref name="fiscalYear"/> as a grid: <c>[i, j]</c> at X level i, Y level j.</summary>
    public double[,] Probability(int fiscalYear)
    {
        var (nx, ny) = (X.Levels.Count, Y.Levels.Count);
        var grid = new double[nx, ny];
        for (var i = 0; i < nx; i++)
        {
            for (var j = 0; j < ny; j++)
            {
                grid[i, j] = Points[(i * ny) + j].At(fiscalYear).Probability;
            }
        }

        return grid;
    }
}
