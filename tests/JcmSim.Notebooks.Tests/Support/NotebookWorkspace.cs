using System.Text.Json;
using System.Text.Json.Nodes;

namespace JcmSim.Notebooks.Tests.Support;

/// <summary>
/// A temporary copy of the repository's layout for notebooks: <c>notebooks/</c> to write into and
/// <c>scenarios/</c> linked to the real one, so "../scenarios/…" in a cell resolves as in the repository.
/// </summary>
internal sealed class NotebookWorkspace : IDisposable
{
    public NotebookWorkspace()
    {
        Directory.CreateDirectory(Notebooks);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(Path, "scenarios"), Repository.Scenarios);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jcmsim-notebook-tests", Guid.NewGuid().ToString("N"));

    public string Notebooks => System.IO.Path.Combine(Path, "notebooks");

    /// <summary>Copies a notebook of the repository into the workspace.</summary>
    public string Copy(string name)
    {
        var path = System.IO.Path.Combine(Notebooks, name);
        File.Copy(System.IO.Path.Combine(Repository.Notebooks, name), path);
        return path;
    }

    /// <summary>Writes a notebook whose code cells are <paramref name="cells"/> (a cell starting with "md:" is markdown).</summary>
    public string Write(string name, params string[] cells)
    {
        var json = new JsonObject
        {
            ["cells"] = new JsonArray([.. cells.Select((source, i) => (JsonNode)(source.StartsWith("md:", StringComparison.Ordinal)
                ? new JsonObject { ["cell_type"] = "markdown", ["id"] = $"c{i}", ["metadata"] = new JsonObject(), ["source"] = source[3..] }
                : new JsonObject { ["cell_type"] = "code", ["execution_count"] = null, ["id"] = $"c{i}", ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["source"] = source }))]),
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = System.IO.Path.Combine(Notebooks, name);
        File.WriteAllText(path, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
