using JcmSim.Cli.Console;
using JcmSim.Runs.Maps;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>The end-of-study table of <c>jcmsim map</c> (<see cref="MapTableText"/>, the same cells notebooks show) drawn with Spectre.Console.</summary>
public static class MapTable
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja").</summary>
    public static Table Build(MapResult result, string language) => SpectreTables.Draw(MapTableText.Build(result, language));
}
