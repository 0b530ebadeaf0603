using System.Globalization;
using System.Text;
using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using JcmSim.Model.Projects;
using JcmSim.Model.Simulation;

namespace JcmSim.Benchmarks;

/// <summary>
/// The sizes of a block's work, counted while the model steps it (<see cref="LimitBenchmarks"/>): the block's
/// actors in this process, watched through <see cref="IBlockActors"/> as the block loop talks to them.
/// </summary>
internal sealed class LimitCounts : IBlockActors
{
    private readonly CompiledScenario _scenario;
    private readonly CountryActor[] _countries;
    private readonly FinanceChannelActor[] _channels;
    private readonly ProjectPortfolioActor _portfolio;
    private readonly CountryYearOutcome[] _outcomes;
    private readonly List<Year> _years = [];
    private Year _year = null!;
    private int _offered;
    private int _taken;

    private LimitCounts(CompiledScenario scenario, ulong seed, int count)
    {
        _scenario = scenario;
        _countries = scenario.Countries.Select(c => new CountryActor(scenario, c.Index, seed, 0, count)).ToArray();
        _channels = scenario.Channels.Select((_, k) => new FinanceChannelActor(scenario, k, seed, 0, count)).ToArray();
        _portfolio = new ProjectPortfolioActor(scenario, seed, 0, count);
        _outcomes = new CountryYearOutcome[_countries.Length];
    }

    /// <summary>Steps trials 0 … <paramref name="count"/> − 1 of <paramref name="scenario"/> and returns each year's counts.</summary>
    public static Year[] Measure(CompiledScenario scenario, ulong seed, int count)
    {
        var counts = new LimitCounts(scenario, seed, count);
        TrialBlockSimulation.RunAsync(scenario, seed, 0, count, counts).AsTask().GetAwaiter().GetResult();
        return [.. counts._years];
    }

    /// <summary>The counts per trial-year, for the benchmark's log.</summary>
    public static string Describe(CompiledScenario scenario, Year[] years, int count)
    {
        var trialYears = (double)count * years.Length;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Per trial-year of the baseline ({count} trials, {years.Length} years): ");
        text.Append(CultureInfo.InvariantCulture, $"{years.Sum(y => (double)y.CountDraws) / trialYears:F1} count draws, ");
        text.Append(CultureInfo.InvariantCulture, $"{years.Sum(y => (double)y.NewBySector.Sum()) / trialYears:F1} new opportunities, ");
        text.Append(CultureInfo.InvariantCulture, $"{years.Sum(y => (double)y.SurvivalDraws) / trialYears:F1} survival draws, ");
        text.Append(CultureInfo.InvariantCulture, $"{years.Sum(y => (double)y.FundedBySector.Sum()) / trialYears:F1} funded projects; ranked per channel:");
        for (var k = 0; k < scenario.Channels.Count; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $" {scenario.Channels[k].Id} {years.Sum(y => (double)y.RankedPerChannelAndTrial[k].Sum()) / trialYears:F1}");
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public ValueTask<CountryYearOutcome[]> StepCountriesAsync(int year, bool[]?[] joinsNow, double[][] rateFactors)
    {
        _year = new Year(year, _scenario.Sectors.Count, _channels.Length);
        _years.Add(_year);
        _offered = 0;
        _taken = 0;
        var sectors = _scenario.Sectors.Count;
        for (var c = 0; c < _countries.Length; c++)
        {
            var outcome = _countries[c].Step(year, joinsNow[c], rateFactors[c]);
            _outcomes[c] = outcome;
            var perYear = _scenario.Countries[c].OpportunitiesPerYear;
            for (var t = 0; t < outcome.RegistrationOpen.Length; t++)
            {
                for (var s = 0; s < sectors && outcome.RegistrationOpen[t]; s++)
                {
                    if (perYear[s] * rateFactors[c][(t * sectors) + s] > 0)
                    {
                        _year.CountDraws++;
                    }
                }
            }

            var batch = outcome.Opportunities;
            for (var i = 0; i < batch.Count; i++)
            {
                _year.NewBySector[batch.Sector[i]]++;
            }
        }

        return ValueTask.FromResult(_outcomes);
    }

    /// <inheritdoc />
    public ValueTask<FundingDecisions> FundAsync(int channelIndex, OpportunityBook book, bool[] taken, double[] creditPriceJpy)
    {
        var decisions = _channels[channelIndex].Fund(book, taken, creditPriceJpy);
        _year.RankedPerChannelAndTrial[channelIndex] = _channels[channelIndex].RankedPerTrial.ToArray();
        _offered = book.Count;
        _taken += decisions.Count;
        return ValueTask.FromResult(decisions);
    }

    /// <inheritdoc />
    public ValueTask StepPortfolioAsync(PortfolioYearInput input)
    {
        // Every offered opportunity nobody took draws whether it survives in the backlog.
        _year.SurvivalDraws = _offered - _taken;
        var funded = input.Funded;
        for (var p = 0; p < funded.Count; p++)
        {
            _year.FundedBySector[funded.Sector[p]]++;
        }

        _portfolio.Step(input);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<double[][]> FinishPortfolioAsync() => ValueTask.FromResult(_portfolio.Finish());

    /// <summary>One year's counts over the block.</summary>
    internal sealed class Year(int fiscalYear, int sectors, int channels)
    {
        /// <summary>Fiscal year.</summary>
        public int FiscalYear { get; } = fiscalYear;

        /// <summary>Poisson opportunity counts drawn: (open trial, country, sector) with a positive rate.</summary>
        public int CountDraws { get; set; }

        /// <summary>New opportunities by sector.</summary>
        public int[] NewBySector { get; } = new int[sectors];

        /// <summary>Offered opportunities no channel took: one survival draw each.</summary>
        public int SurvivalDraws { get; set; }

        /// <summary>Funded projects by sector.</summary>
        public int[] FundedBySector { get; } = new int[sectors];

        /// <summary>Opportunities each channel ranked, per trial.</summary>
        public int[][] RankedPerChannelAndTrial { get; } = Enumerable.Repeat(Array.Empty<int>(), channels).ToArray();

        /// <summary>The year's mean Poisson rate: new opportunities per count draw.</summary>
        public double MeanCountRate => CountDraws == 0 ? 0 : NewBySector.Sum() / (double)CountDraws;
    }
}
