using System.Diagnostics;
using JcmSim.Grains.Scenarios;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Simulation;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace JcmSim.Grains.Blocks;

/// <summary>
/// Runs one block attempt with <see cref="TrialBlockSimulation"/> over grain-backed actors.
/// Random placement spreads blocks over the silos; each retry has a new key and so is placed anew.
/// </summary>
[RandomPlacement]
internal sealed partial class TrialBlockGrain(
    CompiledScenarioCache scenarios,
    IEnumerable<IBlockFaultInjector> faultInjectors,
    ILogger<TrialBlockGrain> logger) : Grain, ITrialBlockGrain
{
    /// <inheritdoc />
    public async Task<TrialBlockResult> RunAsync(BlockRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var setup = request.Setup;
            var scenario = scenarios.Get(setup.Scenario);
            var actors = GrainBlockActors.For(GrainFactory, this.GetPrimaryKeyString(), scenario);
            var finished = false;
            try
            {
                await actors.InitializeAsync(setup);
                foreach (var injector in faultInjectors)
                {
                    await injector.BeforeBlockAsync(request, cancellationToken);
                }

                // The token (a timed-out attempt, a stopped run) is observed before every year.
                var result = await TrialBlockSimulation.RunAsync(scenario, setup.Seed, setup.FirstTrial, setup.Count, actors, cancellationToken);
                finished = true;
                LogBlockSimulated(logger, request.RunId, request.Block, request.Attempt, setup.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return result;
            }
            finally
            {
                await actors.ReleaseAsync(finished);
            }
        }
        finally
        {
            // One activation per attempt: nothing is left to keep once the result is returned.
            DeactivateOnIdle();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} block {Block} attempt {Attempt}: {Trials} trials in {ElapsedMs:F0} ms")]
    private static partial void LogBlockSimulated(ILogger logger, string runId, int block, int attempt, int trials, double elapsedMs);
}
