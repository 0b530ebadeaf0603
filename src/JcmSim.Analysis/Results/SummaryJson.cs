using System.Text.Json;

namespace JcmSim.Analysis.Results;

/// <summary>Reads and writes summary.json (<see cref="RunSummary"/>).</summary>
public static class SummaryJson
{
    /// <summary>Reads a summary.json file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="JsonException">The file is not a valid summary.</exception>
    public static RunSummary Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, ResultsJsonContext.Default.RunSummary)
            ?? throw new JsonException($"'{path}' holds null instead of a run summary.");
    }

    /// <summary>Writes <paramref name="summary"/> to <paramref name="path"/> (UTF-8, indented, camelCase).</summary>
    public static async Task WriteAsync(string path, RunSummary summary, CancellationToken cancellationToken = default)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, summary, ResultsJsonContext.Default.RunSummary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The JSON text of <paramref name="summary"/>, as written to summary.json.</summary>
    public static string Serialize(RunSummary summary) =>
        JsonSerializer.Serialize(summary, ResultsJsonContext.Default.RunSummary);
}
