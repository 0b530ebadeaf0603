using System.Globalization;
using System.Text.Json;

namespace JcmSim.Cli.Tests.Studies;

/// <summary>Reads what the study commands write.</summary>
internal static class StudyFiles
{
    public static JsonElement Json(string folder, string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name)));
        return document.RootElement.Clone();
    }

    /// <summary>The CSV as rows of cells keyed by column (the files the commands write have no quoted commas in number columns).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Csv(string folder, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, name));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            return (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, cells[i])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal);
        }).ToList();
    }

    public static double Number(this IReadOnlyDictionary<string, string> row, string column) =>
        double.Parse(row[column], CultureInfo.InvariantCulture);
}
