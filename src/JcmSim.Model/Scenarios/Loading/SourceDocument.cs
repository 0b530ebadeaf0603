namespace JcmSim.Model.Scenarios.Loading;

/// <summary>A file taking part in a scenario: where it is on disk and how errors name it.</summary>
internal sealed record SourceDocument(string FullPath, string DisplayPath)
{
    /// <summary>The full path of <paramref name="relativePath"/> taken relative to this file's folder.</summary>
    public string Resolve(string relativePath) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(FullPath) ?? "", relativePath));
}
