using System.Globalization;
using JcmSim.Analysis.Studies;
using JcmSim.Analysis.Tables;
using JcmSim.Charts;
using JcmSim.Charts.Studies;
using JcmSim.Charts.Style;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using ScottPlot;

namespace JcmSim.Notebooks;

/// <summary>
/// The result of <see cref="Jcm.SobolAsync"/>: first-order and total Sobol' indices of the
/// scenario's studied inputs on the mean cumulative reductions at a target year — the share of the
/// output's variance over the study ranges that each input explains alone, and with its interactions.
/// </summary>
public sealed class SobolStudy : DesignStudy
{
    internal SobolStudy(Scenario scenario, IReadOnlyList<StudiedInput> inputs, SaltelliDesign design, double[][] values, double[] outputs, SobolIndices indices, int fiscalYear, int trialsPerPoint, ulong seed)
        : base(scenario, inputs, values, outputs, fiscalYear, trialsPerPoint, seed)
    {
        Design = design;
        Indices = indices;
    }

    /// <summary>The design (unit-cube points, in the order of <see cref="DesignStudy.Outputs"/>).</summary>
    public SaltelliDesign Design { get; }

    /// <summary>First-order and total indices with bootstrap intervals.</summary>
    public SobolIndices Indices { get; }

    /// <summary>Inputs by total index, largest first, with 95% bootstrap intervals.</summary>
    public ResultTable Table()
    {
        var rows = Indices.Inputs.OrderByDescending(i => i.Total).Select(i => (IReadOnlyList<string>)
        [
            Inputs[i.Input].Path,
            Inputs[i.Input].Range.Describe(),
            string.Create(CultureInfo.InvariantCulture, $"{i.First:F2} [{i.FirstLow:F2}, {i.FirstHigh:F2}]"),
            string.Create(CultureInfo.InvariantCulture, $"{i.Total:F2} [{i.TotalLow:F2}, {i.TotalHigh:F2}]"),
        ]).ToList();
        return new ResultTable(new TextTable(
            ["Input", "Study range", "First order S [95% CI]", "Total ST [95% CI]"],
            [false, false, true, true],
            rows,
            string.Create(CultureInfo.InvariantCulture,
                $"Sobol' indices of mean cumulative reductions by FY{FiscalYear} (variance {Indices.OutputVariance:F0} Mt²): {Indices.BaseSamples} base samples, {Design.Points.Length} points, {TrialsPerPoint} trials per point, seed {Seed}.")));
    }

    /// <summary>First-order and total indices as bars with their intervals, sorted by total.</summary>
    public Plot Chart(string language = "en")
    {
        ChartFonts.EnsureInstalled();
        var data = new SobolChartData(
            Provenance,
            ChartInputs,
            Output,
            Indices);
        return StudyCharts.Sobol(data, new ChartOptions { Language = language });
    }

    /// <summary>The table as text.</summary>
    public override string ToString() => Table().ToString();
}
