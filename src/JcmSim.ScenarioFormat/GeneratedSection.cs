namespace JcmSim.ScenarioFormat;

/// <summary>
/// A part of <c>scenarios/README.md</c> generated from a file of the repository between two marker
/// lines; everything else in the README is written by hand.
/// </summary>
/// <param name="Begin">The line before the generated lines.</param>
/// <param name="End">The line after them.</param>
/// <param name="Origin">What the lines are generated from, as failure messages name it (e.g. "field catalogue").</param>
/// <param name="Label">The short name beside the expected line of a failure message (e.g. "catalogue").</param>
public sealed record GeneratedSection(string Begin, string End, string Origin, string Label)
{
    /// <summary><paramref name="readme"/> with the text between the markers replaced by <paramref name="generated"/>.</summary>
    public string Update(string readme, IReadOnlyList<string> generated)
    {
        var lines = Lines(readme);
        var (begin, end) = Markers(lines);
        return string.Join("\n", [.. lines.Take(begin + 1), .. generated, .. lines.Skip(end)]);
    }

    /// <summary>The first line where the README differs from <paramref name="generated"/>, described for a test failure, or null when they are equal.</summary>
    public string? FirstDifference(string readme, IReadOnlyList<string> generated)
    {
        var lines = Lines(readme);
        var (begin, end) = Markers(lines);
        var written = lines.Skip(begin + 1).Take(end - begin - 1).ToList();
        var width = Math.Max("README:".Length, Label.Length + 1) + 1;
        for (var i = 0; i < Math.Max(written.Count, generated.Count); i++)
        {
            var have = i < written.Count ? written[i] : "(no line)";
            var want = i < generated.Count ? generated[i] : "(no line)";
            if (have != want)
            {
                return $"scenarios/README.md line {begin + 2 + i} differs from the {Origin}:{Environment.NewLine}  {"README:".PadRight(width)}{have}{Environment.NewLine}  {(Label + ":").PadRight(width)}{want}";
            }
        }

        return null;
    }

    /// <summary>A Markdown table cell: '–' for empty text, '|' escaped.</summary>
    public static string Cell(string text) => text.Length == 0 ? "–" : text.Replace("|", "\\|", StringComparison.Ordinal);

    private static List<string> Lines(string readme) => [.. readme.ReplaceLineEndings("\n").Split('\n')];

    private (int Begin, int End) Markers(List<string> lines)
    {
        var begin = lines.IndexOf(Begin);
        var end = lines.IndexOf(End);
        return begin >= 0 && end > begin
            ? (begin, end)
            : throw new InvalidOperationException($"The README has no generated section between '{Begin}' and '{End}'.");
    }
}
