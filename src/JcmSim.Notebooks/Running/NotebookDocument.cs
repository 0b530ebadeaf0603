using System.Text.Json;
using System.Text.Json.Nodes;

namespace JcmSim.Notebooks.Running;

/// <summary>
/// A Jupyter notebook (nbformat 4) as JSON, checked to be one the runner can execute: a C# (.NET
/// Interactive / Polyglot Notebooks) kernel, cells with a type and a source. Unknown metadata is
/// kept as it is.
/// </summary>
internal sealed class NotebookDocument
{
    private NotebookDocument(string path, JsonObject root, JsonArray cells)
    {
        Path = path;
        Root = root;
        Cells = cells;
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public JsonArray Cells { get; }

    /// <exception cref="NotebookFormatException">The file is missing or not such a notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new NotebookFormatException(path, "file not found (expected a Jupyter notebook, .ipynb)");
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(path, $"not valid JSON ({e.Message}); a notebook is the JSON document Jupyter writes (nbformat 4)");
        }

        if (parsed is not JsonObject root)
        {
            throw new NotebookFormatException(path, "the JSON is not an object (expected a Jupyter notebook, nbformat 4)");
        }

        if (root["nbformat"] is not JsonValue format || !format.TryGetValue<int>(out var major) || major != 4)
        {
            throw new NotebookFormatException(path, $"nbformat is {root["nbformat"]?.ToJsonString() ?? "missing"} (allowed: 4)");
        }

        var language = root["metadata"]?["kernelspec"]?["language"]?.GetValueKind() == JsonValueKind.String
            ? root["metadata"]!["kernelspec"]!["language"]!.GetValue<string>()
            : root["metadata"]?["language_info"]?["name"]?.GetValueKind() == JsonValueKind.String
                ? root["metadata"]!["language_info"]!["name"]!.GetValue<string>()
                : null;
        if (language is not null && !IsCSharp(language))
        {
            throw new NotebookFormatException(path, $"the notebook's kernel language is '{language}' (allowed: C#, the .NET Interactive kernel .net-csharp)");
        }

        if (root["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException(path, "no \"cells\" array");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || cell["cell_type"]?.GetValueKind() != JsonValueKind.String)
            {
                throw new NotebookFormatException(path, $"cell {i + 1} has no \"cell_type\"");
            }

            try
            {
                _ = Source(cell);
            }
            catch (InvalidOperationException e)
            {
                throw new NotebookFormatException(path, $"cell {i + 1}: {e.Message}");
            }
        }

        return new NotebookDocument(path, root, cells);
    }

    /// <summary>A cell's source text, a string or a list of lines (nbformat splits it on write).</summary>
    /// <exception cref="InvalidOperationException">The source is neither.</exception>
    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonArray lines when lines.All(l => l?.GetValueKind() == JsonValueKind.String) => string.Concat(lines.Select(l => l!.GetValue<string>())),
        _ => throw new InvalidOperationException("\"source\" is neither a string nor a list of strings"),
    };

    /// <summary>A string in nbformat's on-disk form: a list of lines, each but the last ending in a newline.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }

    public static bool IsCSharp(string language) =>
        language.Equals("C#", StringComparison.OrdinalIgnoreCase) || language.Equals("csharp", StringComparison.OrdinalIgnoreCase);
}
