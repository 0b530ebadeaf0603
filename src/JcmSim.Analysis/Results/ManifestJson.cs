using System.Text.Json;

namespace JcmSim.Analysis.Results;

/// <summary>Reads and writes manifest.json (<see cref="RunManifest"/>).</summary>
public static class ManifestJson
{
    /// <summary>Reads a manifest.json file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="JsonException">The file is not a valid manifest.</exception>
    public static RunManifest Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, ResultsJsonContext.Default.RunManifest)
            ?? throw new JsonException($"'{path}' holds null instead of a run manifest.");
    }

    /// <summary>Writes <paramref name="manifest"/> to <paramref name="path"/> (UTF-8, indented, camelCase).</summary>
    public static async Task WriteAsync(string path, RunManifest manifest, CancellationToken cancellationToken = default)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, manifest, ResultsJsonContext.Default.RunManifest, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The JSON text of <paramref name="manifest"/>, as written to manifest.json.</summary>
    public static string Serialize(RunManifest manifest) =>
        JsonSerializer.Serialize(manifest, ResultsJsonContext.Default.RunManifest);
}
