using System.Text.RegularExpressions;

namespace JcmSim.ScenarioFormat.Citations;

/// <summary>
/// The documents of <c>scenarios/sources.csv</c> (columns <c>id, title, publisher, date, obtain, content</c>;
/// <c>#</c> lines are comments): every document the repository cites, each once, by id.
/// </summary>
public sealed partial class SourceList
{
    /// <summary>The file's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "title", "publisher", "date", "obtain", "content"];

    private readonly Dictionary<string, CitedSource> _byId;

    private SourceList(IReadOnlyList<CitedSource> documents, string displayPath)
    {
        Documents = documents;
        DisplayPath = displayPath;
        _byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>The file as messages name it, e.g. <c>scenarios/sources.csv</c>.</summary>
    public string DisplayPath { get; }

    /// <summary>The documents in the file's order.</summary>
    public IReadOnlyList<CitedSource> Documents { get; }

    /// <summary>The ids, in the file's order.</summary>
    public IEnumerable<string> Ids => Documents.Select(d => d.Id);

    /// <summary>Whether <paramref name="id"/> names a document of the list (case-sensitive).</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The list in the file at <paramref name="path"/>, named <paramref name="displayPath"/> in messages (the path itself when null).</summary>
    /// <exception cref="ScenarioValidationException">The file cannot be read or a row is malformed (each problem with its line).</exception>
    public static SourceList Read(string path, string? displayPath = null)
    {
        var shown = displayPath ?? path;
        var problem = LoadContext.TryRead(path, out var text);
        return problem is null
            ? Parse(text ?? "", shown)
            : throw new ScenarioValidationException([new ScenarioError(shown, 1, 1, "", problem)]);
    }

    /// <summary>The list in <paramref name="csv"/>, problems named by <paramref name="displayPath"/>.</summary>
    /// <exception cref="ScenarioValidationException">A column is missing or unknown, an id is malformed or repeated, or a cell other than content is empty.</exception>
    public static SourceList Parse(string csv, string displayPath)
    {
        var context = new LoadContext(displayPath);
        var records = CsvParser.Parse(csv, context.Root, "sources", context);
        var documents = new List<CitedSource>();
        if (records.Count == 0 || !records[0].Select(c => c.Text).SequenceEqual(Columns))
        {
            var at = records.Count == 0 ? new SourcePosition(context.Root, 1, 1) : records[0][0].Position;
            context.Error(at, "sources", "the header row must be the columns " + string.Join(", ", Columns));
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in records.Skip(1))
            {
                if (Row(record, seen, context) is { } document)
                {
                    documents.Add(document);
                }
            }
        }

        var errors = context.SortedErrors();
        return errors.Count == 0 ? new SourceList(documents, displayPath) : throw new ScenarioValidationException(errors);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of an id: lower-case letters, digits and single hyphens.</summary>
    public static bool IsWellFormedId(string id) => IdShape().IsMatch(id);

    private static CitedSource? Row(List<TableCell> record, HashSet<string> seen, LoadContext context)
    {
        var path = $"sources[{(record.Count > 0 ? record[0].Text : "")}]";
        if (record.Count != Columns.Count)
        {
            context.Error(record[0].Position, path, $"the row has {record.Count} cells", $"{Columns.Count}: {string.Join(", ", Columns)}");
            return null;
        }

        var id = record[0];
        if (!IsWellFormedId(id.Text))
        {
            context.Error(id.Position, path, $"'{id.Text}' is not an id", "lower-case letters, digits and single hyphens, e.g. moej-press-2021-09-27");
        }
        else if (!seen.Add(id.Text))
        {
            context.Error(id.Position, path, $"the id '{id.Text}' is listed twice", "each document once");
        }

        for (var i = 1; i < Columns.Count - 1; i++)
        {
            if (record[i].Text.Length == 0)
            {
                context.Error(record[i].Position, path + "." + Columns[i], "empty", "text; write 'not recorded' when it is not known");
            }
        }

        return new CitedSource(id.Text, record[1].Text, record[2].Text, record[3].Text, record[4].Text, record[5].Text);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdShape();
}
