using JcmSim.Grains.Countries;
using JcmSim.Grains.Finance;
using JcmSim.Grains.Projects;
using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using JcmSim.Model.Projects;
using JcmSim.Model.Simulation;

namespace JcmSim.Grains.Blocks;

/// <summary>
/// The block's actors as grains: the same <see cref="IBlockActors"/> contract the in-process path
/// implements, so <see cref="TrialBlockSimulation"/> drives both with the same code. Countries are
/// stepped in parallel (they are independent within a year); channels run in picking order.
/// </summary>
internal sealed class GrainBlockActors : IBlockActors
{
    private readonly ICountryGrain[] _countries;
    private readonly IFinanceChannelGrain[] _channels;
    private readonly IProjectPortfolioGrain _portfolio;

    private GrainBlockActors(ICountryGrain[] countries, IFinanceChannelGrain[] channels, IProjectPortfolioGrain portfolio)
    {
        _countries = countries;
        _channels = channels;
        _portfolio = portfolio;
    }

    /// <summary>References the actor grains of the block attempt <paramref name="blockKey"/> (nothing is activated yet).</summary>
    public static GrainBlockActors For(IGrainFactory grains, string blockKey, CompiledScenario scenario) =>
        new(
            scenario.Countries.Select(c => grains.GetGrain<ICountryGrain>(BlockKeys.Country(blockKey, c.Index))).ToArray(),
            scenario.Channels.Select((_, k) => grains.GetGrain<IFinanceChannelGrain>(BlockKeys.Channel(blockKey, k))).ToArray(),
            grains.GetGrain<IProjectPortfolioGrain>(BlockKeys.Portfolio(blockKey)));

    /// <summary>Activates every actor (on this silo: they prefer local placement) and creates its state.</summary>
    public Task InitializeAsync(BlockSetup setup)
    {
        var calls = new List<Task>(_countries.Length + _channels.Length + 1);
        BlockGrainCalls.Add(calls.Capacity);
        calls.AddRange(_countries.Select((g, c) => g.InitializeAsync(setup, c).AsTask()));
        calls.AddRange(_channels.Select((g, k) => g.InitializeAsync(setup, k).AsTask()));
        calls.Add(_portfolio.InitializeAsync(setup).AsTask());
        return Task.WhenAll(calls);
    }

    /// <inheritdoc />
    public async ValueTask<CountryYearOutcome[]> StepCountriesAsync(int year, bool[]?[] joinsNow, double[][] rateFactors)
    {
        BlockGrainCalls.Add(_countries.Length);
        var steps = new Task<CountryYearOutcome>[_countries.Length];
        for (var c = 0; c < steps.Length; c++)
        {
            steps[c] = _countries[c].StepAsync(year, joinsNow[c], rateFactors[c]).AsTask();
        }

        // WhenAll keeps the order of its inputs, so the result stays indexed by country.
        return await Task.WhenAll(steps);
    }

    /// <inheritdoc />
    public ValueTask<FundingDecisions> FundAsync(int channelIndex, OpportunityBook book, bool[] taken, double[] creditPriceJpy)
    {
        BlockGrainCalls.Add(1);
        return _channels[channelIndex].FundAsync(book, taken, creditPriceJpy);
    }

    /// <inheritdoc />
    public ValueTask StepPortfolioAsync(PortfolioYearInput input)
    {
        BlockGrainCalls.Add(1);
        return _portfolio.StepAsync(input);
    }

    /// <inheritdoc />
    public async ValueTask<double[][]> FinishPortfolioAsync()
    {
        BlockGrainCalls.Add(1);
        var totals = await _portfolio.FinishAsync();

        // The block loop replaces some rows of the array it gets; a fresh outer array keeps that
        // from reaching the portfolio's own state whether or not the call copied it.
        return (double[][])totals.Value.Clone();
    }

    /// <summary>
    /// Deactivates the countries and channels, and the portfolio unless it has finished. Best
    /// effort: a failed attempt's grains that cannot be reached are collected when idle.
    /// </summary>
    public async Task ReleaseAsync(bool portfolioFinished)
    {
        var calls = new List<Task>(_countries.Length + _channels.Length + 1);
        BlockGrainCalls.Add(_countries.Length + _channels.Length + (portfolioFinished ? 0 : 1));
        calls.AddRange(_countries.Select(g => g.ReleaseAsync().AsTask()));
        calls.AddRange(_channels.Select(g => g.ReleaseAsync().AsTask()));
        if (!portfolioFinished)
        {
            calls.Add(_portfolio.ReleaseAsync().AsTask());
        }

        try
        {
            await Task.WhenAll(calls);
        }
        catch (Exception)
        {
            // Nothing to do: the calls that failed target grains that are gone or will idle out.
        }
    }
}
