using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/JcmSim.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(JcmSim.Benchmarks.SamplingBenchmarks).Assembly).Run(args);
