namespace JcmSim.Explorer.Tests;

/// <summary>The explorer is a thin front end: it reaches engines, runs and the scenario format through the application layer only.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void The_explorer_references_the_application_layer_and_no_Orleans_grain_chart_or_command_line_assembly()
    {
        var references = typeof(ExplorerServer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("JcmSim.Runs", references);
        // Orleans' code generator, which reaches every project downstream of the grains, marks the
        // assembly with serializer metadata (Orleans.Serialization*); nothing else of Orleans may appear.
        Assert.DoesNotContain(references, name => name.Contains("Orleans", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("Orleans.Serialization", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name is "JcmSim.Grains" or "JcmSim.Charts" or "JcmSim.Cli" or "JcmSim.Notebooks" or "YamlDotNet");
        Assert.All(references.Where(n => n.StartsWith("JcmSim.", StringComparison.Ordinal)),
            name => Assert.Contains(name, new[] { "JcmSim.Runs", "JcmSim.Model", "JcmSim.ScenarioFormat", "JcmSim.Analysis" }));
    }

    [Fact]
    public void The_explorer_source_uses_no_Orleans_namespace()
    {
        var folder = Path.Combine(Support.Repository.Root, "src", "JcmSim.Explorer");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(files);
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains("using Orleans", StringComparison.Ordinal));
    }
}
