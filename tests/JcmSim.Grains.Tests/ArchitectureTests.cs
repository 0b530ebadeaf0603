using System.Reflection;
using JcmSim.Grains.Blocks;
using JcmSim.Grains.Hosting;
using JcmSim.Grains.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Grains.Tests;

public sealed class ArchitectureTests
{
    private static readonly Assembly Grains = typeof(ScenarioHandle).Assembly;

    private static IEnumerable<Type> GrainsTypes => Grains.GetTypes().Where(t => !IsCompilerGenerated(t));

    [Fact]
    public void Every_grain_interface_and_its_methods_have_an_alias()
    {
        var interfaces = GrainsTypes.Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(interfaces);
        Assert.All(interfaces, i => Assert.True(i.GetCustomAttribute<AliasAttribute>() is not null, $"{i.Name} has no [Alias]"));
        Assert.All(
            interfaces.SelectMany(i => i.GetMethods()),
            m => Assert.True(m.GetCustomAttribute<AliasAttribute>() is not null, $"{m.DeclaringType!.Name}.{m.Name} has no [Alias]"));
    }

    [Fact]
    public void Every_serialized_type_has_an_alias_and_is_sealed()
    {
        var serialized = GrainsTypes.Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null).ToList();

        Assert.NotEmpty(serialized);
        Assert.All(serialized, t => Assert.True(t.GetCustomAttribute<AliasAttribute>() is not null, $"{t.Name} has no [Alias]"));
        Assert.All(serialized, t => Assert.True(t.IsSealed, $"{t.Name} is not sealed"));
    }

    [Fact]
    public void Aliases_are_unique()
    {
        var aliases = GrainsTypes.Select(t => t.GetCustomAttribute<AliasAttribute>()?.Alias).OfType<string>().ToList();

        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Grain_classes_are_sealed()
    {
        var grains = GrainsTypes.Where(t => t.IsClass && typeof(Grain).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(grains);
        Assert.All(grains, g => Assert.True(g.IsSealed, $"{g.Name} is not sealed"));
    }

    [Fact]
    public void The_block_calls_response_timeout_is_the_largest_block_timeout_allowed()
    {
        var run = typeof(ITrialBlockGrain).GetMethod(nameof(ITrialBlockGrain.RunAsync))!;

        Assert.Equal(JcmSimOptions.MaxBlockTimeout, run.GetCustomAttribute<ResponseTimeoutAttribute>()?.Timeout);
    }

    [Fact]
    public void The_model_references_no_Orleans_assembly()
    {
        var model = typeof(CompiledScenario).Assembly;

        var orleans = model.GetReferencedAssemblies().Where(a => a.Name!.Contains("Orleans", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Empty(orleans);
    }

    [Fact]
    public void The_model_references_no_parser_or_file_format_assembly()
    {
        var model = typeof(CompiledScenario).Assembly;

        var references = model.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("YamlDotNet", StringComparison.Ordinal) || name.StartsWith("Parquet", StringComparison.Ordinal)
            || name.StartsWith("JcmSim.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_model_source_does_no_file_or_console_io()
    {
        // The pure model takes values and returns values: reading scenarios is JcmSim.ScenarioFormat's
        // work, writing results JcmSim.Analysis's. A reflection check cannot see calls inside method
        // bodies, so the source is read: any use of System.IO's file types or the console fails.
        var folder = Path.Combine(RepositoryRoot(), "src", "JcmSim.Model");
        var io = new System.Text.RegularExpressions.Regex(@"\busing System\.IO\b|\b(File|Directory|FileStream|StreamReader|StreamWriter|FileInfo|DirectoryInfo|Path|Console)\.[A-Z]");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offending = files.Where(f => io.IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(folder, f)).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(offending);
    }

    private static string RepositoryRoot()
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

    private static bool IsCompilerGenerated(Type type) =>
        type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null
        || type.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) == true
        || type.Name.StartsWith('<');
}
