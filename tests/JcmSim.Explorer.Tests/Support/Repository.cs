namespace JcmSim.Explorer.Tests.Support;

/// <summary>The repository the tests run in.</summary>
internal static class Repository
{
    /// <summary>The folder holding JcmSim.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The scenario folder <c>jcmsim serve</c> serves by default.</summary>
    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>A copy of the scenario folder (with data/) in <paramref name="into"/>, for tests that write next to the scenarios.</summary>
    public static string CopyScenarios(TempDirectory into) => RepositoryScenarios.CopyTo(into.Combine("scenarios"));

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
