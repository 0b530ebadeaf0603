using System.Globalization;
using JcmSim.Analysis.Studies;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>The console table of a sensitivity study, inputs by importance (S_T or μ*); computes nothing.</summary>
public static class SensitivityTable
{
    /// <summary>The table of a Sobol' study: S and S_T with their intervals, by S_T.</summary>
    public static Table Sobol(SobolResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ja = language == "ja";
        var rows = result.Indices.Inputs.OrderByDescending(i => i.Total).Select(i => (IReadOnlyList<string>)
            [result.Study.Inputs[i.Input].Label.In(language), Interval(i.First, i.FirstLow, i.FirstHigh, "F2"), Interval(i.Total, i.TotalLow, i.TotalHigh, "F2")]);
        return Build(result.Study, language, [ja ? "一次 S [95%区間]" : "First order S [95% CI]", ja ? "総合 ST [95%区間]" : "Total order ST [95% CI]"], rows);
    }

    /// <summary>The table of a Morris study: μ* with its interval, μ and σ, by μ*.</summary>
    public static Table Morris(MorrisResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Indices.Inputs.OrderByDescending(i => i.MuStar).Select(i => (IReadOnlyList<string>)
            [result.Study.Inputs[i.Input].Label.In(language), Interval(i.MuStar, i.MuStarLow, i.MuStarHigh, "G3"), Number(i.Mu, "G3"), Number(i.Sigma, "G3")]);
        return Build(result.Study, language, ["μ* [95% CI]", "μ", "σ"], rows);
    }

    private static Table Build(SensitivityStudyInfo study, string language, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var ja = language == "ja";
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(new Text(ja ? "入力" : "Input")));
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)).RightAligned());
        }

        foreach (var cells in rows)
        {
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        var output = study.Output == "probability"
            ? (ja ? $"FY{study.TargetYear}目標の達成確率" : $"P(FY{study.TargetYear} target met)")
            : (ja ? $"FY{study.TargetYear}の累積平均（百万tCO2）" : $"mean cumulative FY{study.TargetYear} (MtCO2)");
        table.Caption(new TableTitle(ja
            ? $"出力：{output}。{study.Points:N0} 点 × {study.TrialsPerPoint:N0} 試行、シード {study.Seed}。"
            : $"Output: {output}. {study.Points:N0} points × {study.TrialsPerPoint:N0} trials, seed {study.Seed}."));
        return table;
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Interval(double value, double low, double high, string format) => $"{Number(value, format)} [{Number(low, format)}, {Number(high, format)}]";
}
