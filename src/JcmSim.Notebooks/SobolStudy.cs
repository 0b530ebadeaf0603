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
    internal SobolStudy(Scenario scenario, IReadOnlyList<StudiedInput> inputs, double[][] values, double[] outputs, SobolResult result)
        : base(scenario, inputs, values, outputs)
    {
        Result = result;
    }

    /// <summary>The result, as <c>jcmsim sensitivity --method sobol</c> writes it to sensitivity.json.</summary>
    public SobolResult Result { get; }

    /// <summary>Inputs by total index, largest first, with 95% bootstrap intervals.</summary>
    public ResultTable Table()
    {
        var (study, indices) = (Result.Study, Result.Indices);
        var rows = indices.Inputs.OrderByDescending(i => i.Total).Select(i => (IReadOnlyList<string>)
        [
            study.Inputs[i.Input].Path,
            study.Inputs[i.Input].Range,
            string.Create(CultureInfo.InvariantCulture, $"{i.First:F2} [{i.FirstLow:F2}, {i.FirstHigh:F2}]"),
            string.Create(CultureInfo.InvariantCulture, $"{i.Total:F2} [{i.TotalLow:F2}, {i.TotalHigh:F2}]"),
        ]).ToList();
        return new ResultTable(new TextTable(
            ["Input", "Study range", "First order S [95% CI]", "Total ST [95% CI]"],
            [false, false, true, true],
            rows,
            string.Create(CultureInfo.InvariantCulture,
                $"Sobol' indices of mean cumulative reductions by FY{study.TargetYear} (variance {indices.OutputVariance:F0} Mt²): {indices.BaseSamples} base samples, {study.Points} points, {study.TrialsPerPoint} trials per point, seed {study.Seed}.")));
    }

    /// <summary>First-order and total indices as bars with their intervals, sorted by total.</summary>
    public Plot Chart(string language = "en")
    {
        ChartFonts.EnsureInstalled();
        return StudyCharts.Sobol(Result, new ChartOptions { Language = language });
    }

    /// <summary>The table as text.</summary>
    public override string ToString() => Table().ToString();
}
