using System.Globalization;
using JcmSim.Runs.Studies;
using Spectre.Console;

namespace JcmSim.Cli.Studies;

/// <summary>What <c>jcmsim discover</c> prints: the chosen PRIM box's limits, its coverage and density, and the sentence that reads it.</summary>
public static class DiscoverTable
{
    /// <summary>Prints the box of <paramref name="result"/> in <paramref name="language"/> ("en" or "ja").</summary>
    public static void Print(IAnsiConsole console, DiscoverResult result, string language)
    {
        var ja = language == "ja";
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(new Text(ja ? "入力" : "Input")));
        table.AddColumn(new TableColumn(new Text(ja ? "下限" : "Low")).RightAligned());
        table.AddColumn(new TableColumn(new Text(ja ? "上限" : "High")).RightAligned());
        foreach (var limit in result.Chosen.Limits)
        {
            table.AddRow(
                new Text(result.Inputs.First(i => i.Path == limit.Path).Label.In(language)),
                new Text(limit.RestrictsLow ? limit.Low.ToString("G3", CultureInfo.InvariantCulture) : "–"),
                new Text(limit.RestrictsHigh ? limit.High.ToString("G3", CultureInfo.InvariantCulture) : "–"));
        }

        table.Caption(new TableTitle(ja
            ? $"選ばれた箱（ステップ {result.ChosenStep}）：カバレッジ {100 * result.Chosen.Coverage:F0}%、密度 {100 * result.Chosen.Density:F0}%、{result.Chosen.Count} / {result.Cases} 点。未達：P < {result.MissedBelow.ToString(CultureInfo.InvariantCulture)} の点（{result.MissedCases} 点）。"
            : $"Chosen box (step {result.ChosenStep}): coverage {100 * result.Chosen.Coverage:F0}%, density {100 * result.Chosen.Density:F0}%, {result.Chosen.Count} of {result.Cases} points. Missed: P(met) < {result.MissedBelow.ToString(CultureInfo.InvariantCulture)} ({result.MissedCases} points)."));
        console.Write(table);
        console.WriteLine();
        console.WriteLine(result.Sentence.In(language));
    }
}
