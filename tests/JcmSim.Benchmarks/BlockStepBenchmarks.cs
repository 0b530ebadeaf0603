using BenchmarkDotNet.Attributes;
using JcmSim.Model.Outcomes;
using JcmSim.ScenarioFormat;
using JcmSim.Model.Simulation;

namespace JcmSim.Benchmarks;

/// <summary>
/// One trial block of the baseline scenario stepped in-process through all its years: the model's
/// hot loop. Reported per trial (OperationsPerInvoke), so time and allocation read per trial.
/// </summary>
[MemoryDiagnoser]
public class BlockStepBenchmarks
{
    private CompiledScenario _scenario = null!;

    /// <summary>Trials in the block.</summary>
    [Params(256, 1024)]
    public int BlockSize { get; set; }

    /// <summary>Loads the baseline from the repository.</summary>
    [GlobalSetup]
    public void Setup() => _scenario = Baseline();

    /// <summary>Simulates one block.</summary>
    [Benchmark]
    public TrialBlockResult Block() => InProcessSimulator.RunBlockAsync(_scenario, 7, 0, BlockSize).AsTask().GetAwaiter().GetResult();

    /// <summary>The repository's baseline scenario, compiled.</summary>
    internal static CompiledScenario Baseline() => new(ScenarioLoader.Load(BaselinePath()));

    /// <summary>The repository's baseline scenario file.</summary>
    internal static string BaselinePath() => Path.Combine(RepositoryRoot(), "scenarios", "baseline.yaml");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "JcmSim.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
