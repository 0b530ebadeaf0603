namespace JcmSim.Grains.Blocks;

/// <summary>One attempt at simulating block <see cref="Block"/> of run <see cref="RunId"/>.</summary>
/// <param name="RunId">The run the block belongs to.</param>
/// <param name="Block">Block index in the run's <see cref="Model.Simulation.TrialPlan"/>.</param>
/// <param name="Attempt">1 for the first attempt, 2 for the first retry, …</param>
/// <param name="Setup">The block's scenario, seed and trials.</param>
[GenerateSerializer, Immutable, Alias("jcm.block-request")]
public sealed record BlockRequest(
    [property: Id(0)] string RunId,
    [property: Id(1)] int Block,
    [property: Id(2)] int Attempt,
    [property: Id(3)] BlockSetup Setup);
