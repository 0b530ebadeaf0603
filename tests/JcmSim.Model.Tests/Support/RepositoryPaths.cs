namespace JcmSim.Model.Tests.Support;

/// <summary>Locates files of the repository (scenarios/…) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor folder holding JcmSim.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of a file under scenarios/.</summary>
    public static string Scenario(string relativePath) => Path.Combine(Root, "scenarios", relativePath);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JcmSim.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("JcmSim.sln not found above " + AppContext.BaseDirectory);
    }
}
