using JcmSim.Analysis.Results;
using JcmSim.Explorer.Tests.Support;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Runs.Engines;

namespace JcmSim.Explorer.Tests;

/// <summary>The reference's trials are simulated once and shared: by later estimates, and from an estimate of the reference itself.</summary>
public sealed class ReferenceCacheTests
{
    private static readonly ExplorerScenario Baseline = new ScenarioCatalog(new ScenarioFolder(Repository.Scenarios)).Get("baseline");

    [Fact]
    public async Task Blocks_offered_by_an_estimate_of_the_reference_are_not_simulated_again()
    {
        // Given the first 64 trials of the reference offered by an estimate with nothing moved
        var engine = new CountingEngine();
        var cache = new ReferenceCache(engine);
        cache.Offer(Baseline, 7, Block(0, 32, cumulative2040: 250));
        cache.Offer(Baseline, 7, Block(32, 32, cumulative2040: 150));

        // When a lever move needs the reference's first 64, then 96 trials
        var first = await cache.MetAsync(Baseline, 7, 64, 32, CancellationToken.None);
        var more = await cache.MetAsync(Baseline, 7, 96, 32, CancellationToken.None);

        // Then only trials 64–95 are simulated, once
        Assert.Equal([(64, 96, 2)], engine.Calls);
        Assert.Equal(64, first[1].Length);
        Assert.All(first[1][..32], Assert.True);
        Assert.All(first[1][32..], Assert.False);
        Assert.Equal(96, more[1].Length);
    }

    [Fact]
    public void A_block_that_does_not_continue_the_cached_trials_is_not_kept()
    {
        var cache = new ReferenceCache(new CountingEngine());

        cache.Offer(Baseline, 7, Block(32, 32, cumulative2040: 250));

        Assert.ThrowsAny<Exception>(() => cache.MetAsync(Baseline, 7, 32, 32, CancellationToken.None).GetAwaiter().GetResult());
    }

    private static TrialBlockResult Block(int first, int count, double cumulative2040)
    {
        var block = new TrialBlockResult(first, count, targets: 2, Baseline.Compiled.OutputFirstYear, Baseline.Compiled.OutputYears, Baseline.Compiled.Series.Series.Count);
        Array.Fill(block.CumulativeMt[1], cumulative2040);
        return block;
    }

    // Runs nothing: records what it was asked for and yields blocks of zeros (or fails when asked for block 0, which the cache must already hold).
    private sealed class CountingEngine : ISimulationEngine
    {
        public List<(int From, int To, int FirstBlock)> Calls { get; } = [];

        public RunMode Mode => RunMode.InProcess;

        public int SiloCount => 0;

        public async IAsyncEnumerable<TrialBlockResult> RunAsync(Scenario scenario, CompiledScenario compiled, ulong seed, TrialPlan plan, int firstBlock, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (firstBlock == 0)
            {
                throw new InvalidOperationException("The reference's first block was simulated again.");
            }

            Calls.Add((plan.FirstTrial(firstBlock), plan.Trials, firstBlock));
            for (var b = firstBlock; b < plan.Blocks; b++)
            {
                await Task.Yield();
                yield return Block(plan.FirstTrial(b), plan.Count(b), 0);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
