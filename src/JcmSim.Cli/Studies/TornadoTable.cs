using JcmSim.Analysis.Tornado;
using JcmSim.Charts.Sensitivity;
using JcmSim.Cli.Console;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>
/// The end-of-study table of <c>jcmsim tornado</c> (<see cref="TornadoTableText"/>, the same cells
/// notebooks show) drawn with Spectre.Console.
/// </summary>
public static class TornadoTable
{
    /// <summary>Builds the table in <paramref name="language"/> ("en" or "ja") for the <paramref name="top"/> largest swings.</summary>
    public static Table Build(TornadoResult result, string language, int top) => SpectreTables.Draw(TornadoTableText.Build(result, language, top));
}
