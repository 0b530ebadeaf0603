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
public sealed class SobolStudy
{
    internal SobolStudy(Scenario scenario, IReadOnlyList<StudiedInput> inputs, SaltelliDesign design, double[] outputs, SobolIndices indices, int fiscalYear, int trialsPerPoint, ulong seed)
    {
        Scenario = scenario;
        Inputs = inputs;
        Design = design;
        Outputs = outputs;
        Indices = indices;
        FiscalYear = fiscalYear;
        TrialsPerPoint = trialsPerPoint;
        Seed = seed;
    }

    /// <summary>The scenario studied.</summary>
    public Scenario Scenario { get; }

    /// <summary>The inputs, by design column, with the ranges they were studied over.</summary>
    public IReadOnlyList<StudiedInput> Inputs { get; }

    /// <summary>The Saltelli design (unit-cube points).</summary>
    public SaltelliDesign Design { get; }

    /// <summary>Mean cumulative reductions at <see cref="FiscalYear"/>, MtCO2, at each design point.</summary>
    public IReadOnlyList<double> Outputs { get; }

    /// <summary>First-order and total indices with bootstrap intervals.</summary>
    public SobolIndices Indices { get; }

    /// <summary>The target year whose cumulative is the output.</summary>
    public int FiscalYear { get; }

    /// <summary>Trials per design point.</summary>
    public int TrialsPerPoint { get; }

    /// <summary>Seed shared by every point.</summary>
    public ulong Seed { get; }

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
            new StudyProvenance(Jcm.Version, Scenario.Name, Scenario.Title, TrialsPerPoint, Seed),
            Inputs.Select(i => new StudyInput(i.Parameter.Label)).ToList(),
            new LocalizedText($"mean cumulative reductions by FY{FiscalYear}", $"{FiscalYear}年度までの累積削減量の平均"),
            Indices);
        return StudyCharts.Sobol(data, new ChartOptions { Language = language });
    }

    /// <summary>The table as text.</summary>
    public override string ToString() => Table().ToString();
}
