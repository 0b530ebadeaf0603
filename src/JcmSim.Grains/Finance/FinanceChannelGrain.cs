using JcmSim.Grains.Blocks;
using JcmSim.Grains.Scenarios;
using JcmSim.Model.Finance;
using Orleans.Placement;

namespace JcmSim.Grains.Finance;

/// <summary>
/// Holds a <see cref="FinanceChannelActor"/> for the block's trials, on the silo of its block grain.
/// </summary>
[PreferLocalPlacement]
[CollectionAgeLimit(Minutes = 2)]
internal sealed class FinanceChannelGrain(CompiledScenarioCache scenarios) : Grain, IFinanceChannelGrain
{
    private FinanceChannelActor? _actor;

    /// <inheritdoc />
    public ValueTask InitializeAsync(BlockSetup setup, int channelIndex)
    {
        var scenario = scenarios.Get(setup.Scenario);
        _actor = new FinanceChannelActor(scenario, channelIndex, setup.Seed, setup.FirstTrial, setup.Count);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<FundingDecisions> FundAsync(OpportunityBook book, bool[] taken, double[] creditPriceJpy) =>
        ValueTask.FromResult(ActorState.Require(_actor, this).Fund(book, taken, creditPriceJpy));

    /// <inheritdoc />
    public ValueTask ReleaseAsync()
    {
        _actor = null;
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }
}
