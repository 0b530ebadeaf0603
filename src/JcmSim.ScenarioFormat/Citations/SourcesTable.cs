namespace JcmSim.ScenarioFormat.Citations;

/// <summary>
/// The Sources table of <c>scenarios/README.md</c>, generated from <c>scenarios/sources.csv</c>
/// between two marker lines (<c>jcmsim schema --update-readme scenarios/README.md</c> rewrites it).
/// </summary>
public static class SourcesTable
{
    /// <summary>The line before the generated table.</summary>
    public const string Begin = "<!-- sources: generated from scenarios/sources.csv by 'jcmsim schema --update-readme scenarios/README.md'; edit the file, not this table -->";

    /// <summary>The line after the generated table.</summary>
    public const string End = "<!-- end of sources -->";

    private static GeneratedSection Section { get; } = new(Begin, End, "sources file", "sources.csv");

    /// <summary>The generated lines: one row per document.</summary>
    public static IReadOnlyList<string> Lines(SourceList sources) =>
    [
        "",
        "| id | title | publisher | date | where to obtain it | what the project takes from it |",
        "|---|---|---|---|---|---|",
        .. sources.Documents.Select(d => "| " + string.Join(" | ", d.Id, GeneratedSection.Cell(d.Title), GeneratedSection.Cell(d.Publisher), GeneratedSection.Cell(d.Date), GeneratedSection.Cell(d.Obtain), GeneratedSection.Cell(d.Content)) + " |"),
        "",
    ];

    /// <summary><paramref name="readme"/> with the text between the markers replaced by <see cref="Lines"/>.</summary>
    public static string Update(string readme, SourceList sources) => Section.Update(readme, Lines(sources));

    /// <summary>The first line where the README's table differs from the sources file, described for a test failure, or null when they are equal.</summary>
    public static string? FirstDifference(string readme, SourceList sources) => Section.FirstDifference(readme, Lines(sources));
}
