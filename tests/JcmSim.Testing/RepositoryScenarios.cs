namespace JcmSim.Testing;

/// <summary>The repository's scenario folder, for tests that serve or run it, or write next to a copy of it.</summary>
public static class RepositoryScenarios
{
    /// <summary>The scenario folder (<c>scenarios/</c> of the checkout holding JcmSim.sln above the test binaries).</summary>
    public static string Folder { get; } = Path.Combine(FindRoot(), "scenarios");

    /// <summary>Copies the scenario folder (with data/) to <paramref name="target"/> and returns it: files written there sit next to the scenarios they extend.</summary>
    /// <param name="target">The copy's folder (created).</param>
    public static string CopyTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JcmSim.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("JcmSim.sln not found above the test binaries.");
    }
}
