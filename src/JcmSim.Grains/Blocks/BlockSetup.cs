using JcmSim.Grains.Scenarios;

namespace JcmSim.Grains.Blocks;

/// <summary>
/// What every actor of a trial block needs to start: the scenario, the run's seed and the block's
/// trials <see cref="FirstTrial"/> … <see cref="FirstTrial"/> + <see cref="Count"/> − 1.
/// </summary>
/// <param name="Scenario">The scenario (resolved through the silo's cache).</param>
/// <param name="Seed">Seed of the run's counter-based random numbers.</param>
/// <param name="FirstTrial">Global index of the block's first trial.</param>
/// <param name="Count">Number of trials in the block, ≥ 1.</param>
[GenerateSerializer, Immutable, Alias("jcm.block-setup")]
public sealed record BlockSetup(
    [property: Id(0)] ScenarioHandle Scenario,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] int FirstTrial,
    [property: Id(3)] int Count);
