namespace JcmSim.Charts.Tests.Support;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Baseline => Path.Combine(Root, "scenarios", "baseline.yaml");

    /// <summary>Where the charts shown in the README are written (committed).</summary>
    public static string Gallery => Path.Combine(Root, "tests", "JcmSim.Charts.Tests", "Gallery");

    /// <summary>Where tests leave the charts they render, for looking at them.</summary>
    public static string Output(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestOutput", name);
        Directory.CreateDirectory(path);
        return path;
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
