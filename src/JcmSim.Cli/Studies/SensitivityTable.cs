using JcmSim.Runs.Studies;
using System.Globalization;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>The console table of a sensitivity study, inputs by importance (S_T or μ*); computes nothing.</summary>
public static class SensitivityTable
{
    /// <summary>Builds the table.</summary>
    public static Table Build(SensitivityResult result, string language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ja = language == "ja";
        var sobol = result.Method == "sobol";
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(new Text(ja ? "入力" : "Input")));
        var headers = sobol
            ? new[] { ja ? "一次 S [95%区間]" : "First order S [95% CI]", ja ? "総合 ST [95%区間]" : "Total order ST [95% CI]" }
            : new[] { "μ* [95% CI]", "μ", "σ" };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)).RightAligned());
        }

        foreach (var entry in result.Indices.OrderByDescending(e => sobol ? e.Total : e.MuStar))
        {
            var cells = sobol
                ? new[] { entry.Label.In(language), Interval(entry.First, entry.FirstLow, entry.FirstHigh, "F2"), Interval(entry.Total, entry.TotalLow, entry.TotalHigh, "F2") }
                : new[] { entry.Label.In(language), Interval(entry.MuStar, entry.MuStarLow, entry.MuStarHigh, "G3"), entry.Mu.ToString("G3", CultureInfo.InvariantCulture), entry.Sigma.ToString("G3", CultureInfo.InvariantCulture) };
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        var output = result.Output == "probability"
            ? (ja ? $"FY{result.TargetYear}目標の達成確率" : $"P(FY{result.TargetYear} target met)")
            : (ja ? $"FY{result.TargetYear}の累積平均（百万tCO2）" : $"mean cumulative FY{result.TargetYear} (MtCO2)");
        table.Caption(new TableTitle(ja
            ? $"出力：{output}。{result.Points:N0} 点 × {result.TrialsPerPoint:N0} 試行、シード {result.Seed}。"
            : $"Output: {output}. {result.Points:N0} points × {result.TrialsPerPoint:N0} trials, seed {result.Seed}."));
        return table;
    }

    private static string Interval(double value, double low, double high, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.ToString(format, CultureInfo.InvariantCulture)} [{low.ToString(format, CultureInfo.InvariantCulture)}, {high.ToString(format, CultureInfo.InvariantCulture)}]");
}
