using JcmSim.Grains.Blocks;
using JcmSim.Model.Finance;

namespace JcmSim.Grains.Finance;

/// <summary>
/// A finance channel (the Ministry's programme, a fund or a private investor archetype) for all
/// trials of one block (wraps <see cref="FinanceChannelActor"/>). One call per year.
/// </summary>
[Alias("jcm.finance-channel")]
public interface IFinanceChannelGrain : IGrainWithStringKey
{
    /// <summary>Creates the channel's state for the block's trials.</summary>
    /// <param name="setup">Scenario, seed and trials of the block.</param>
    /// <param name="channelIndex">Position of the channel in the compiled scenario.</param>
    [Alias("initialize")]
    ValueTask InitializeAsync(BlockSetup setup, int channelIndex);

    /// <summary>Funds this year's opportunities that earlier channels left (see <see cref="FinanceChannelActor.Fund"/>).</summary>
    /// <param name="book">This year's opportunities.</param>
    /// <param name="taken">
    /// Opportunities already funded. The caller marks more of them after this call returns; the
    /// channel reads the array only during the call, so it is passed without a copy.
    /// </param>
    /// <param name="creditPriceJpy">This year's credit price per trial, JPY per tCO2; read only.</param>
    [Alias("fund")]
    ValueTask<FundingDecisions> FundAsync(OpportunityBook book, [Immutable] bool[] taken, [Immutable] double[] creditPriceJpy);

    /// <summary>Drops the state and deactivates: the block is over.</summary>
    [Alias("release")]
    ValueTask ReleaseAsync();
}
