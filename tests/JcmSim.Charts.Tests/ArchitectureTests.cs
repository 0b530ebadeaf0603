using System.Text.RegularExpressions;
using JcmSim.Charts.Rendering;

namespace JcmSim.Charts.Tests;

/// <summary>Charts draws: it runs no simulation and reads no result file (JcmSim.Runs and JcmSim.Analysis do).</summary>
public sealed partial class ArchitectureTests
{
    [Fact]
    public void Charts_references_no_engine_grain_or_file_format_assembly()
    {
        var references = typeof(ChartExport).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Parquet", StringComparison.Ordinal)
            || name.Contains("Orleans", StringComparison.OrdinalIgnoreCase)
            || name is "JcmSim.Grains" or "JcmSim.Runs" or "JcmSim.ScenarioFormat");
    }

    [Fact]
    public void Charts_source_reads_no_file()
    {
        // Writing PNG, SVG and HTML is what Charts is for; reading results is not.
        var folder = Path.Combine(Root(), "src", "JcmSim.Charts");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var reading = files.Where(f => Reading().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(folder, f)).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(reading);
    }

    [GeneratedRegex(@"\bFile\.(Read|Open)\w*|\bParquetReader\b|\bnew StreamReader\b|\bFileStream\b|\bJsonSerializer\.Deserialize")]
    private static partial Regex Reading();

    private static string Root()
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
