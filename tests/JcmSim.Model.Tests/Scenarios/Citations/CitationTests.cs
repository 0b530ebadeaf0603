using JcmSim.Model.Tests.Support;
using JcmSim.ScenarioFormat.Citations;

namespace JcmSim.Model.Tests.Scenarios.Citations;

/// <summary>
/// Every citation of the repository (scenarios, data files, code, READMEs) names a document of
/// scenarios/sources.csv, in the syntax of scenarios/README.md "How to cite".
/// </summary>
public sealed class CitationTests
{
    private static readonly SourceList Sources = SourceList.Read(RepositoryPaths.Scenario("sources.csv"), "scenarios/sources.csv");

    [Fact]
    public void Every_citation_in_the_repository_names_a_document_of_the_sources_file()
    {
        var scans = RepositoryFiles().Select(Scan).ToList();

        var problems = scans.SelectMany(s => s.Problems).Select(p => p.ToString()).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} citations do not name a document of scenarios/sources.csv:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        // The scan reads what it should: the baseline, the data tables and the README cite dozens of documents.
        Assert.True(scans.Sum(s => s.Citations.Count) > 100, $"only {scans.Sum(s => s.Citations.Count)} citations found");
    }

    [Fact]
    public void Every_document_of_the_sources_file_is_cited_somewhere()
    {
        var cited = RepositoryFiles().Select(Scan).SelectMany(s => s.Citations).SelectMany(c => c.Ids).ToHashSet();

        var uncited = Sources.Ids.Where(id => !cited.Contains(id)).ToList();
        Assert.True(uncited.Count == 0, "listed in scenarios/sources.csv but cited nowhere: " + string.Join(", ", uncited));
    }

    [Fact]
    public void An_unknown_id_and_a_citation_without_an_id_are_reported_with_file_and_line()
    {
        var fixture = Path.Combine(RepositoryPaths.Root, "tests", "JcmSim.Model.Tests", "Scenarios", "Citations", "Fixtures", "unknown-source.yaml");

        var scan = CitationScanner.Scan(File.ReadAllText(fixture), "unknown-source.yaml", Sources);

        Assert.Equal(2, scan.Problems.Count);
        Assert.StartsWith("unknown-source.yaml:6:", scan.Problems[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("'moej-calls-2099' is not an id of scenarios/sources.csv", scan.Problems[0].Problem, StringComparison.Ordinal);
        Assert.StartsWith("unknown-source.yaml:7:", scan.Problems[1].ToString(), StringComparison.Ordinal);
        Assert.Contains("no source id after 'source:'", scan.Problems[1].Problem, StringComparison.Ordinal);
        Assert.Equal([["moej-calls-2017-2023"], ["moej-programme-2015", "moej-calls-2099"]], scan.Citations.Select(c => c.Ids));
    }

    [Theory]
    [InlineData("# source: moej-jcm-page (cabinet decision 2025-02-18)", "the ids are not followed by")]
    [InlineData("# source: src/JcmSim.Model/MODEL.md, simulation from FY2026", "the ids are not followed by")]
    [InlineData("# source: first JCM model projects FY2013", "'first' is not an id")]
    public void A_citation_that_runs_on_into_free_text_without_the_dash_is_malformed(string line, string expected)
    {
        var scan = CitationScanner.Scan(line, "x.yaml", Sources);

        Assert.Contains(scan.Problems, p => p.Problem.Contains(expected, StringComparison.Ordinal) && p.Line == 1);
    }

    [Theory]
    [InlineData("# source: moej-jcm-page")]
    [InlineData("# source: moej-jcm-page, kankyo-business-2025-11 — about 200 MtCO2 by FY2040")]
    [InlineData("# assumption: 1–5 years (source: moej-press-2025-06-30); range an assumption")]
    [InlineData("| x | source: moej-programme-2015; shape an assumption |")]
    [InlineData("# the resource: anything; a `source: <id>` in a code span of Markdown is syntax")]
    public void Well_formed_citations_and_non_citations_are_accepted(string line)
    {
        var scan = CitationScanner.Scan(line, "x.md", Sources);

        Assert.Empty(scan.Problems);
    }

    [Fact]
    public void A_csv_source_column_is_a_citation_without_the_word()
    {
        const string csv = "code,source\nMNG,\"moej-cop26-2021 — signed 2013-01-08, Ulaanbaatar\"\nBGD,signed 2013-03-19 (moej-cop26-2021)\n";

        var scan = CitationScanner.Scan(csv, "partners.csv", Sources);

        Assert.Equal(["moej-cop26-2021"], scan.Citations[0].Ids);
        Assert.NotEmpty(scan.Problems);
        Assert.All(scan.Problems, p => Assert.Equal(3, p.Line));
    }

    [Fact]
    public void A_sources_file_with_a_repeated_or_malformed_id_is_refused_with_its_lines()
    {
        const string csv = "id,title,publisher,date,obtain,content\nmoej-a,T,P,2020,url,x\nmoej-a,T,P,2020,url,x\nMOEJ 2015,T,P,2015,url,x\n";

        var refused = Assert.Throws<ScenarioFormat.ScenarioValidationException>(() => SourceList.Parse(csv, "sources.csv"));

        Assert.Equal([3, 4], refused.Errors.Select(e => e.Line));
    }

    private static CitationScan Scan(string path) =>
        CitationScanner.Scan(File.ReadAllText(path), Path.GetRelativePath(RepositoryPaths.Root, path), Sources);

    private static IEnumerable<string> RepositoryFiles()
    {
        string[] patterns = ["*.yaml", "*.csv", "*.md", "*.cs", "*.ipynb"];
        // The citation syntax's own code and tests show malformed citations on purpose.
        string[] skipped = ["bin", "obj", "Fixtures", "Citations"];
        var sourcesFile = RepositoryPaths.Scenario("sources.csv");
        return new[] { "scenarios", "src", "tests", "notebooks" }
            .Select(folder => Path.Combine(RepositoryPaths.Root, folder))
            .SelectMany(folder => patterns.SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.AllDirectories)))
            .Append(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Where(f => f != sourcesFile && !Path.GetRelativePath(RepositoryPaths.Root, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Order(StringComparer.Ordinal);
    }
}
