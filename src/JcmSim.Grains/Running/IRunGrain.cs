using JcmSim.Model.Outcomes;

namespace JcmSim.Grains.Running;

/// <summary>
/// Orchestrates one run, keyed by run id: cuts the trials into blocks, runs them over the silos
/// with bounded parallelism, retries failed or timed-out blocks, and streams the block results in
/// trial order.
/// </summary>
[Alias("jcm.run")]
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs <paramref name="request"/> and yields one result per block, in block (and so trial)
    /// order, each exactly once.
    /// </summary>
    /// <exception cref="BlockFailedException">A block failed on every allowed attempt.</exception>
    [Alias("run")]
    IAsyncEnumerable<TrialBlockResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default);
}
