using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/JcmSim.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/JcmSim.Benchmarks -- --compare-models DIR_A DIR_B [--rounds 30] (ModelComparison)
return args.Length > 0 && args[0] == "--compare-models"
    ? JcmSim.Benchmarks.ModelComparison.Run(args[1..])
    : Run(args);

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(JcmSim.Benchmarks.SamplingBenchmarks).Assembly).Run(args);
    return 0;
}
