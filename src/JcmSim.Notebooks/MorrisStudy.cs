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
/// The result of <see cref="Jcm.MorrisAsync"/>: Morris elementary effects of the scenario's studied
/// inputs on the mean cumulative reductions at a target year. μ* (mean |effect|) ranks the
/// inputs by influence, σ (spread of the effects) shows interactions and non-linearity; both in
/// MtCO2 per full range of the input.
/// </summary>
public sealed class MorrisStudy : DesignStudy
{
    internal MorrisStudy(Scenario scenario, IReadOnlyList<StudiedInput> inputs, double[][] values, double[] outputs, MorrisResult result)
        : base(scenario, inputs, values, outputs)
    {
        Result = result;
    }

    /// <summary>The result, as <c>jcmsim sensitivity --method morris</c> writes it to sensitivity.json: μ, μ* (with its bootstrap interval) and σ per input, in MtCO2.</summary>
    public MorrisResult Result { get; }

    /// <summary>Inputs by μ*, largest first: μ* with its 95% interval, μ and σ.</summary>
    public ResultTable Table()
    {
        var (study, indices) = (Result.Study, Result.Indices);
        var rows = indices.Inputs.OrderByDescending(i => i.MuStar).Select(i => (IReadOnlyList<string>)
        [
            study.Inputs[i.Input].Path,
            study.Inputs[i.Input].Range,
            string.Create(CultureInfo.InvariantCulture, $"{i.MuStar:F1} [{i.MuStarLow:F1}, {i.MuStarHigh:F1}]"),
            i.Mu.ToString("F1", CultureInfo.InvariantCulture),
            i.Sigma.ToString("F1", CultureInfo.InvariantCulture),
        ]).ToList();
        return new ResultTable(new TextTable(
            ["Input", "Study range", "μ* [95% CI] MtCO2", "μ MtCO2", "σ MtCO2"],
            [false, false, true, true, true],
            rows,
            string.Create(CultureInfo.InvariantCulture,
                $"Elementary effects on mean cumulative reductions by FY{study.TargetYear} over each input's full range: {indices.Trajectories} trajectories, {indices.Levels} levels, {study.TrialsPerPoint} trials per point, seed {study.Seed}.")));
    }

    /// <summary>μ* against σ with labelled points and μ* whiskers.</summary>
    public Plot Chart(string language = "en")
    {
        ChartFonts.EnsureInstalled();
        return StudyCharts.Morris(Result, new ChartOptions { Language = language });
    }

    /// <summary>The table as text.</summary>
    public override string ToString() => Table().ToString();
}
