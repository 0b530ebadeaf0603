using JcmSim.Grains.Scenarios;
using JcmSim.Model.Simulation;

namespace JcmSim.Grains.Running;

/// <summary>A run as submitted to an <see cref="IRunGrain"/>.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Seed">Seed of the counter-based random numbers.</param>
/// <param name="Trials">Number of trials, ≥ 0.</param>
/// <param name="BlockSize">Trials per block, ≥ 1 (results do not depend on it).</param>
/// <param name="MaxParallelBlocks">Blocks in flight at once; 0 for processors × active silos.</param>
/// <param name="FirstBlock">
/// First block to run: 0 for a new run, later to resume one whose earlier blocks the caller already has.
/// </param>
[GenerateSerializer, Immutable, Alias("jcm.run-request")]
public sealed record RunRequest(
    [property: Id(0)] ScenarioHandle Scenario,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] int Trials,
    [property: Id(3)] int BlockSize,
    [property: Id(4)] int MaxParallelBlocks,
    [property: Id(5)] int FirstBlock = 0)
{
    /// <summary>How the trials are cut into blocks.</summary>
    public TrialPlan Plan => new(Trials, BlockSize);

    /// <summary>Throws when a field is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(Trials);
        ArgumentOutOfRangeException.ThrowIfLessThan(BlockSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxParallelBlocks);
        ArgumentOutOfRangeException.ThrowIfNegative(FirstBlock);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FirstBlock, Plan.Blocks);
    }
}
