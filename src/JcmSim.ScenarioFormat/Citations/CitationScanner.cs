using System.Text.RegularExpressions;

namespace JcmSim.ScenarioFormat.Citations;

/// <summary>
/// Finds the citations of a file and checks them against the <see cref="SourceList"/>. A citation is
/// the word <c>source:</c> followed by one or more ids of the list, separated by commas, and then
/// the end of the text, <c> — </c> and free text, <c>;</c> (another clause), <c>)</c> (the end of a
/// parenthesised citation), <c>"</c> (the end of a quoted cell), <c>|</c> (the end of a Markdown
/// table cell) or <c>.</c> (the end of a sentence):
/// <c>source: moej-programme-2015, moej-calls-2017-2023 — up to 1/2 of initial investment</c>.
/// In CSV files a column named <c>source</c> holds a citation without the word: <c>moej-cop26-2021 — signed 2013-01-08</c>.
/// In Markdown, code spans and fenced blocks show syntax and are not scanned, nor is the generated
/// Sources table (<see cref="SourcesTable"/>).
/// </summary>
public static partial class CitationScanner
{
    /// <summary>The word that opens a citation.</summary>
    public const string Keyword = "source:";

    /// <summary>The name of a CSV column whose cells are citations.</summary>
    public const string Column = "source";

    private const string Syntax = "source: <id>[, <id>…] then ' — ' and free text, ';', ')' or the end of the text";

    /// <summary>Scans <paramref name="text"/>, the content of the file named <paramref name="displayPath"/> (its extension says how to read it).</summary>
    public static CitationScan Scan(string text, string displayPath, SourceList sources)
    {
        var citations = new List<Citation>();
        var problems = new List<ScenarioError>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var markdown = displayPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var skipping = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (markdown)
            {
                if (line == SourcesTable.Begin || line.StartsWith("```", StringComparison.Ordinal))
                {
                    skipping = !skipping;
                    continue;
                }

                if (skipping || line == SourcesTable.End)
                {
                    skipping &= line != SourcesTable.End;
                    continue;
                }

                line = CodeSpan().Replace(line, m => new string(' ', m.Length));
            }

            foreach (Match keyword in KeywordAt().Matches(line))
            {
                var start = keyword.Index + keyword.Length;
                Check(line[start..], displayPath, i + 1, start + 1, sources, citations, problems);
            }
        }

        if (displayPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            SourceColumn(text, displayPath, sources, citations, problems);
        }

        return new CitationScan(citations, problems);
    }

    private static void SourceColumn(string text, string displayPath, SourceList sources, List<Citation> citations, List<ScenarioError> problems)
    {
        var context = new LoadContext(displayPath);
        var records = CsvParser.Parse(text, context.Root, "", context);
        var column = records.Count == 0 ? -1 : records[0].FindIndex(c => c.Text == Column);
        foreach (var cell in records.Skip(1).Where(r => column >= 0 && column < r.Count).Select(r => r[column]))
        {
            Check(cell.Text, displayPath, cell.Position.Line, cell.Position.Column, sources, citations, problems);
        }
    }

    private static void Check(string body, string file, int line, int column, SourceList sources, List<Citation> citations, List<ScenarioError> problems)
    {
        var match = Body().Match(body);
        var where = column + (match.Success ? match.Groups["ids"].Index : 0);
        if (!match.Groups["ids"].Success)
        {
            problems.Add(new ScenarioError(file, line, where, "source", $"no source id after '{Keyword}' (found '{Excerpt(body)}')", Syntax + "; ids are in " + sources.DisplayPath));
            return;
        }

        var ids = match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries);
        citations.Add(new Citation(file, line, where, ids));
        foreach (var id in ids.Where(id => !sources.Contains(id)))
        {
            problems.Add(new ScenarioError(file, line, where, "source", $"'{id}' is not an id of {sources.DisplayPath}{Suggestion.Hint(id, sources.Ids)}", "add the document to " + sources.DisplayPath + " first"));
        }

        if (!match.Groups["end"].Success)
        {
            var rest = body[(match.Groups["ids"].Index + match.Groups["ids"].Length)..];
            problems.Add(new ScenarioError(file, line, where, "source", $"the ids are not followed by ' — ', ';', ')' or the end (found '{Excerpt(rest)}')", Syntax));
        }
    }

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 30 ? trimmed : trimmed[..30] + "…";
    }

    // "source:" not preceded by a letter, digit or '_' (so "resource:" and "fooSource:" are not citations).
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}_])source:")]
    private static partial Regex KeywordAt();

    [GeneratedRegex(@"^\s*(?<ids>[a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)(?<end>\s*$|\s+—\s|\s*[;)""|]|\.(?:\s|$))?")]
    private static partial Regex Body();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();
}
