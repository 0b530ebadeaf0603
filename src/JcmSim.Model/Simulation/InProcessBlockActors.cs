using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using JcmSim.Model.Projects;

namespace JcmSim.Model.Simulation;

/// <summary>The block's actors as plain objects in this process: the baseline for tests and benchmarks.</summary>
public sealed class InProcessBlockActors : IBlockActors
{
    private readonly CountryActor[] _countries;
    private readonly FinanceChannelActor[] _channels;
    private readonly ProjectPortfolioActor _portfolio;
    private readonly CountryYearOutcome[] _outcomes;

    /// <summary>Creates every actor of the block.</summary>
    public InProcessBlockActors(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        _countries = scenario.Countries.Select(c => new CountryActor(scenario, c.Index, seed, firstTrial, count)).ToArray();
        _channels = scenario.Channels.Select((_, k) => new FinanceChannelActor(scenario, k, seed, firstTrial, count)).ToArray();
        _portfolio = new ProjectPortfolioActor(scenario, seed, firstTrial, count);
        _outcomes = new CountryYearOutcome[_countries.Length];
    }

    /// <inheritdoc />
    public ValueTask<CountryYearOutcome[]> StepCountriesAsync(int year, bool[]?[] joinsNow, double[][] rateFactors)
    {
        // Reused every year, like the outcomes themselves: the block loop reads them within the year.
        for (var c = 0; c < _countries.Length; c++)
        {
            _outcomes[c] = _countries[c].Step(year, joinsNow[c], rateFactors[c]);
        }

        return ValueTask.FromResult(_outcomes);
    }

    /// <inheritdoc />
    public ValueTask<FundingDecisions> FundAsync(int channelIndex, OpportunityBook book, bool[] taken, double[] creditPriceJpy) =>
        ValueTask.FromResult(_channels[channelIndex].Fund(book, taken, creditPriceJpy));

    /// <inheritdoc />
    public ValueTask StepPortfolioAsync(PortfolioYearInput input)
    {
        _portfolio.Step(input);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<double[][]> FinishPortfolioAsync() => ValueTask.FromResult(_portfolio.Finish());
}
