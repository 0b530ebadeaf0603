using BenchmarkDotNet.Attributes;
using JcmSim.Model.Simulation;

namespace JcmSim.Benchmarks;

/// <summary>
/// One simulated year of a warm trial block of the baseline (actors created and stepped to FY2035
/// once; then FY2035 is stepped again and again): the block loop's steady state. MemoryDiagnoser's
/// Allocated column is per block-year; it must not grow with <see cref="Trials"/> — every array a
/// year needs is reused — only a constant few hundred bytes of message envelopes remain.
/// </summary>
[MemoryDiagnoser]
public class YearStepBenchmarks
{
    private TrialBlockRun _run = null!;

    /// <summary>Trials in the block.</summary>
    [Params(128, 1024)]
    public int Trials { get; set; }

    /// <summary>Creates the block and steps it to FY2035.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scenario = BlockStepBenchmarks.Baseline();
        _run = new TrialBlockRun(scenario, 7, 0, Trials, new InProcessBlockActors(scenario, 7, 0, Trials));
        for (var year = scenario.FirstYear; year <= 2035; year++)
        {
            _run.StepYearAsync(year).AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Steps FY2035 once more.</summary>
    [Benchmark]
    public void YearStep() => _run.StepYearAsync(2035).AsTask().GetAwaiter().GetResult();
}
