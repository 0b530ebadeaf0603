using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace JcmSim.Benchmarks;

/// <summary>
/// Two or more builds of the model compared in one process (issue 18's per-trial CPU): each build's
/// <c>JcmSim.Model</c> and <c>JcmSim.ScenarioFormat</c> are loaded into their own load context, and blocks of
/// 128 baseline trials are run by each build in turn, in a random order each round, timing the process's CPU.
/// On the shared 2-core machine whole runs before and after a change differ by 10–20% from the load alone;
/// builds alternated block by block in one process see the same load, and two copies of one build agree to 1–2%.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project tests/JcmSim.Benchmarks -- --compare-models DIR_A DIR_B [--rounds 30]</c>,
/// each DIR a Release build's output (this project's or the CLI's bin/Release/net10.0) copied aside at the commit
/// to compare. Each build runs the same trials; their projects funded must agree, or the comparison stops.
/// </remarks>
internal static class ModelComparison
{
    private const int BlockSize = 128;
    private const int WarmUpBlocks = 3;

    /// <summary>Runs the comparison; <paramref name="args"/> are the build directories and an optional --rounds N.</summary>
    public static int Run(string[] args)
    {
        var rounds = 30;
        var directories = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out rounds) && rounds > 0)
            {
                i++;
            }
            else if (Directory.Exists(args[i]) && File.Exists(Path.Combine(args[i], "JcmSim.Model.dll")))
            {
                directories.Add(Path.GetFullPath(args[i]));
            }
            else
            {
                Console.Error.WriteLine($"--compare-models: '{args[i]}' is not a build directory with JcmSim.Model.dll nor --rounds N (N > 0).");
                return 2;
            }
        }

        if (directories.Count < 2)
        {
            Console.Error.WriteLine("--compare-models needs at least two build directories.");
            return 2;
        }

        var scenario = BlockStepBenchmarks.BaselinePath();
        var builds = directories.Select(d => new Build(d, scenario)).ToArray();
        foreach (var build in builds)
        {
            // Tier-1 code for the hot loops before anything is timed.
            for (var b = 0; b < WarmUpBlocks; b++)
            {
                build.RunBlock(b * BlockSize);
            }
        }

        var cpu = new double[builds.Length][];
        for (var v = 0; v < builds.Length; v++)
        {
            cpu[v] = new double[rounds];
        }

        var order = new Random(1);
        for (var round = 0; round < rounds; round++)
        {
            var firstTrial = (WarmUpBlocks + round) * BlockSize;
            long? funded = null;
            foreach (var v in Enumerable.Range(0, builds.Length).OrderBy(_ => order.Next()).ToArray())
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var projects = builds[v].RunBlock(firstTrial);
                cpu[v][round] = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / BlockSize;
                if (funded is { } expected && projects != expected)
                {
                    Console.Error.WriteLine($"Round {round}: {directories[v]} funded {projects} projects where another build funded {expected}: not the same model.");
                    return 1;
                }

                funded = projects;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round,3}: ") +
                string.Join("  ", cpu.Select(c => c[round].ToString("F3", CultureInfo.InvariantCulture) + " ms")));
        }

        Console.WriteLine($"CPU per trial over {rounds} blocks of {BlockSize}, and against the first build (ratio of sums; median of the rounds' ratios):");
        for (var v = 0; v < builds.Length; v++)
        {
            var ratios = cpu[v].Zip(cpu[0], (x, y) => x / y).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{directories[v]}: {cpu[v].Average():F3} ms, {cpu[v].Sum() / cpu[0].Sum():F3}; {ratios[ratios.Length / 2]:F3}"));
        }

        return 0;
    }

    // One build: its assemblies in their own context, called by reflection, so two versions of the same
    // assembly names run side by side. What the build cannot supply (the framework) comes from the default context.
    private sealed class Build
    {
        private readonly object _scenario;
        private readonly MethodInfo _runBlock;

        public Build(string directory, string scenarioPath)
        {
            var context = new DirectoryContext(directory);
            var format = context.LoadFromAssemblyName(new AssemblyName("JcmSim.ScenarioFormat"));
            var model = context.LoadFromAssemblyName(new AssemblyName("JcmSim.Model"));
            var loaded = format.GetType("JcmSim.ScenarioFormat.ScenarioLoader", throwOnError: true)!
                .GetMethod("Load", [typeof(string)])!.Invoke(null, [scenarioPath])!;
            _scenario = Activator.CreateInstance(model.GetType("JcmSim.Model.Simulation.CompiledScenario", throwOnError: true)!, loaded)!;
            _runBlock = model.GetType("JcmSim.Model.Simulation.InProcessSimulator", throwOnError: true)!.GetMethod("RunBlockAsync")!;
        }

        // Runs trials firstTrial … + 127 of the baseline with seed 7; returns the projects they funded, to check the builds agree.
        public long RunBlock(int firstTrial)
        {
            var pending = _runBlock.Invoke(null, [_scenario, 7UL, firstTrial, BlockSize, CancellationToken.None])!;
            var task = (Task)pending.GetType().GetMethod("AsTask")!.Invoke(pending, null)!;
            task.GetAwaiter().GetResult();
            var result = task.GetType().GetProperty("Result")!.GetValue(task)!;
            return ((int[])result.GetType().GetProperty("ProjectsFunded")!.GetValue(result)!).Sum(n => (long)n);
        }
    }

    private sealed class DirectoryContext(string directory) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
