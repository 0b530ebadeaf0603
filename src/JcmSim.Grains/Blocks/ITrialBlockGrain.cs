using JcmSim.Model.Outcomes;

namespace JcmSim.Grains.Blocks;

/// <summary>
/// One attempt at one trial block: activates the block's country, channel and portfolio grains on
/// its own silo and drives them year by year. Keyed by run, block and attempt.
/// </summary>
[Alias("jcm.trial-block")]
public interface ITrialBlockGrain : IGrainWithStringKey
{
    /// <summary>Simulates the block's trials and returns their outcomes.</summary>
    /// <param name="request">The block attempt.</param>
    /// <param name="cancellationToken">Cancels the attempt (the run's block timeout or the run itself).</param>
    // A block takes seconds to minutes, far beyond Orleans' default 30 s response timeout; the
    // run grain enforces its own, configurable, block timeout through the cancellation token.
    [Alias("run")]
    [ResponseTimeout("06:00:00")]
    Task<TrialBlockResult> RunAsync(BlockRequest request, CancellationToken cancellationToken = default);
}
