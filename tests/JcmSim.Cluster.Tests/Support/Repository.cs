namespace JcmSim.Cluster.Tests.Support;

/// <summary>Paths of the repository and of the built CLI the tests start.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Baseline => Path.Combine(Root, "scenarios", "baseline.yaml");

    /// <summary>The CLI built with the tests (the project reference copies it next to them); run with <c>dotnet</c>.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "jcmsim.dll");

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
