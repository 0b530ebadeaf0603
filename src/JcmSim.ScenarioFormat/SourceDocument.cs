namespace JcmSim.ScenarioFormat;

/// <summary>A file taking part in a scenario: where it is on disk and how errors name it.</summary>
internal sealed record SourceDocument(string FullPath, string DisplayPath)
{
    /// <summary>The full path of <paramref name="relativePath"/> taken relative to this file's folder.</summary>
    /// <exception cref="ArgumentException">The path is not usable; check with <see cref="PathProblem"/> first.</exception>
    public string Resolve(string relativePath) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(FullPath) ?? "", relativePath));

    /// <summary>Why <paramref name="relativePath"/> cannot name a file next to this one, or null when it can.</summary>
    public string? PathProblem(string relativePath)
    {
        if (relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return "the path contains a NUL character";
        }

        if (relativePath.Length > 4096)
        {
            return $"the path is {relativePath.Length:N0} characters long";
        }

        try
        {
            Resolve(relativePath);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "not a usable file path: " + e.Message;
        }
    }
}
