using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using JcmSim.Model.Market;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Potential;
using JcmSim.Model.Projects;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Simulation;

/// <summary>
/// One trial block being simulated: <see cref="StepYearAsync"/> for each year in order, then
/// <see cref="FinishAsync"/>. <see cref="TrialBlockSimulation.RunAsync"/> does exactly that; the
/// benchmarks step single years to measure the loop's steady state.
/// </summary>
public sealed class TrialBlockRun
{
    private readonly CompiledScenario _scenario;
    private readonly int _firstTrial;
    private readonly int _count;
    private readonly IBlockActors _actors;
    private readonly double[] _partners;
    private readonly double[] _financePublic;
    private readonly double[] _financePrivate;
    private readonly double[] _priceSeries;
    private readonly double[] _prices;
    private readonly PartnerExpansionProcess _expansion;
    private readonly int[][] _issueFrom;
    private readonly int[][] _issueUntil;
    private readonly double[][] _hostRetention;
    private readonly double[] _yearPrices;
    private readonly OpportunityBatch[] _bookBatches;
    private readonly double[][] _bookPremia;
    private readonly int[] _bookOffsets;
    private readonly int[][] _bookIssueFrom;
    private readonly double[][] _bookHostRetention;
    private readonly FundingDecisions[] _decisions;
    private readonly FundedBuffer _funded;
    private readonly OriginationResponse _origination;
    private readonly OpportunityBacklog _backlog;
    private readonly OpportunitySupply _supply;
    private bool[] _taken = [];

    /// <summary>Prepares trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1 of <paramref name="scenario"/>, stepped through <paramref name="actors"/>.</summary>
    public TrialBlockRun(CompiledScenario scenario, ulong seed, int firstTrial, int count, IBlockActors actors)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentOutOfRangeException.ThrowIfNegative(firstTrial);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _scenario = scenario;
        _firstTrial = firstTrial;
        _count = count;
        _actors = actors;
        var years = scenario.OutputYears;
        _partners = new double[years * count];
        _financePublic = new double[years * count];
        _financePrivate = new double[years * count];
        _priceSeries = new double[years * count];
        _prices = CreditPricePath.Draw(scenario, seed, firstTrial, count);
        _expansion = new PartnerExpansionProcess(scenario, seed, firstTrial, count);
        var countryCount = scenario.Countries.Count;
        _issueFrom = new int[countryCount][];
        _issueUntil = new int[countryCount][];
        _hostRetention = new double[countryCount][];
        _yearPrices = new double[count];
        _bookBatches = new OpportunityBatch[countryCount];
        _bookPremia = new double[countryCount][];
        _bookOffsets = new int[countryCount + 1];
        _bookIssueFrom = new int[countryCount][];
        _bookHostRetention = new double[countryCount][];
        _decisions = new FundingDecisions[scenario.Channels.Count];
        _origination = new OriginationResponse(scenario, seed, firstTrial, count);
        _backlog = new OpportunityBacklog(scenario, seed, firstTrial, count);
        _supply = new OpportunitySupply(scenario, seed, firstTrial, count);
        _funded = new FundedBuffer(new JointCommitteeQueue(scenario, seed, firstTrial, count));
    }

    /// <summary>Simulates fiscal year <paramref name="year"/>: expansion, countries, channels in order, portfolio.</summary>
    public async ValueTask StepYearAsync(int year)
    {
        var scenario = _scenario;
        var count = _count;
        var yearOffset = (year - scenario.OutputFirstYear) * count;
        var joins = _expansion.Step(year);
        var yearIndex = year - scenario.FirstYear;
        Array.Copy(_prices, yearIndex * count, _yearPrices, 0, count);
        var outcomes = await _actors.StepCountriesAsync(year, joins, _supply.Factors(_origination.Factor(yearIndex, _yearPrices)));
        for (var c = 0; c < outcomes.Length; c++)
        {
            var outcome = outcomes[c];
            _issueFrom[c] = outcome.IssueFromYear;
            _issueUntil[c] = outcome.IssueUntilYear;
            _hostRetention[c] = outcome.HostRetention;
            for (var t = 0; t < count; t++)
            {
                if (outcome.RegistrationOpen[t])
                {
                    _partners[yearOffset + t] += 1;
                }
            }
        }

        Array.Copy(_yearPrices, 0, _priceSeries, yearOffset, count);

        var book = OpportunityBook.From(year, Offered(outcomes), _bookBatches, _bookPremia, _bookOffsets, _bookIssueFrom, _bookHostRetention);
        if (_taken.Length < book.Count)
        {
            _taken = new bool[Math.Max(book.Count, 2 * _taken.Length)];
        }
        else
        {
            Array.Clear(_taken, 0, book.Count);
        }

        var taken = _taken;
        for (var k = 0; k < _decisions.Length; k++)
        {
            var decision = await _actors.FundAsync(k, book, taken, _yearPrices);
            _decisions[k] = decision;
            for (var d = 0; d < decision.Count; d++)
            {
                var i = decision.Opportunity[d];
                taken[i] = true;
                var t = decision.Trial[d];
                _financePublic[yearOffset + t] += decision.PublicJpy[d] * 1e-9;
                _financePrivate[yearOffset + t] += decision.PrivateJpy[d] * 1e-9;
            }
        }

        _backlog.Carry(year, book.Offsets, taken);
        _origination.Record(yearIndex, _decisions);
        var funded = _funded.Collect(book, _decisions);
        _supply.Record(funded);
        await _actors.StepPortfolioAsync(new PortfolioYearInput(year, _issueFrom, _issueUntil, _hostRetention, funded));
    }

    // Each country offers its backlog ahead of its new opportunities; the outcomes are this year's.
    private CountryYearOutcome[] Offered(CountryYearOutcome[] outcomes)
    {
        var offered = outcomes;
        for (var c = 0; c < outcomes.Length; c++)
        {
            var batch = _backlog.Offer(c, outcomes[c]);
            if (!ReferenceEquals(batch, outcomes[c].Opportunities))
            {
                if (ReferenceEquals(offered, outcomes))
                {
                    offered = (CountryYearOutcome[])outcomes.Clone();
                }

                offered[c] = outcomes[c] with { Opportunities = batch };
            }
        }

        return offered;
    }

    /// <summary>Collects the portfolio's yearly totals and computes the per-trial results.</summary>
    public async ValueTask<TrialBlockResult> FinishAsync()
    {
        var annual = await _actors.FinishPortfolioAsync();
        _backlog.Release();
        annual[SeriesLayout.PartnersActive] = _partners;
        annual[SeriesLayout.FinancePublic] = _financePublic;
        annual[SeriesLayout.FinancePrivate] = _financePrivate;
        annual[SeriesLayout.CreditPrice] = _priceSeries;
        return Summarise(_scenario, _firstTrial, _count, annual);
    }

    /// <summary>
    /// The year's funded projects, in arrays reused from year to year (they grow by doubling), each with
    /// its wait for the partner's Joint Committee.
    /// </summary>
    private sealed class FundedBuffer(JointCommitteeQueue jointCommittees)
    {
        private int[] _trial = [];
        private int[] _country = [];
        private int[] _sector = [];
        private int[] _channel = [];
        private int[] _ordinal = [];
        private double[] _size = [];
        private int[] _crediting = [];
        private double[] _japanShare = [];
        private int[] _delay = [];

        public FundedProjects Collect(OpportunityBook book, FundingDecisions[] decisions)
        {
            var total = 0;
            foreach (var decision in decisions)
            {
                total += decision.Count;
            }

            if (_trial.Length < total)
            {
                var capacity = Math.Max(total, 2 * _trial.Length);
                _trial = new int[capacity];
                _country = new int[capacity];
                _sector = new int[capacity];
                _channel = new int[capacity];
                _ordinal = new int[capacity];
                _size = new double[capacity];
                _crediting = new int[capacity];
                _japanShare = new double[capacity];
                _delay = new int[capacity];
            }

            var p = 0;
            foreach (var decision in decisions)
            {
                for (var d = 0; d < decision.Count; d++, p++)
                {
                    var c = decision.Country[d];
                    var batch = book.Batches[c];
                    var k = decision.Opportunity[d] - book.Offsets[c];
                    _trial[p] = decision.Trial[d];
                    _country[p] = c;
                    _sector[p] = batch.Sector[k];
                    _channel[p] = decision.ChannelIndex;
                    _ordinal[p] = batch.Ordinal[k];
                    _size[p] = batch.SizeTco2PerYear[k];
                    _crediting[p] = batch.CreditingYears[k];
                    _japanShare[p] = decision.JapanContributionShare[d];
                }
            }

            var funded = new FundedProjects(book.Year, total, _trial, _country, _sector, _channel, _ordinal, _size, _crediting, _japanShare, _delay);
            jointCommittees.Assign(funded, _delay);
            return funded;
        }
    }

    private static readonly TargetReading[] Readings = Enum.GetValues<TargetReading>();

    private static TrialBlockResult Summarise(CompiledScenario scenario, int firstTrial, int count, double[][] annual)
    {
        var accounting = scenario.Scenario.Accounting;
        var targets = accounting.Targets;
        var startYear = accounting.StartYear;
        var years = scenario.OutputYears;
        var result = new TrialBlockResult(firstTrial, count, targets.Count, scenario.OutputFirstYear, years, annual, accounting.Reading);

        // Every reading is the cumulative of its annual series from the accounting start (MODEL.md §Readings of the target).
        foreach (var reading in Readings)
        {
            var values = result.Annual[SeriesLayout.Annual(reading)];
            var cumulative = result.Annual[SeriesLayout.Cumulative(reading)];
            var atTarget = result.Reading(reading);
            for (var t = 0; t < count; t++)
            {
                double sum = 0;
                for (var y = 0; y < years; y++)
                {
                    var at = (y * count) + t;
                    var year = scenario.OutputFirstYear + y;
                    if (year >= startYear)
                    {
                        sum += values[at];
                    }

                    cumulative[at] = sum;
                    for (var g = 0; g < targets.Count; g++)
                    {
                        if (year == targets[g].FiscalYear)
                        {
                            atTarget[g][t] = sum;
                        }
                    }
                }
            }
        }

        var tested = result.Annual[SeriesLayout.Cumulative(accounting.Reading)];
        var funded = result.Annual[SeriesLayout.ProjectsFunded];
        var lastYearOffset = (years - 1) * count;
        for (var t = 0; t < count; t++)
        {
            var projects = 0.0;
            for (var y = 0; y < years; y++)
            {
                var at = (y * count) + t;
                var year = scenario.OutputFirstYear + y;
                projects += funded[at];
                for (var g = 0; g < targets.Count; g++)
                {
                    if (result.FirstYearMet[g][t] == 0 && year >= startYear && tested[at] >= targets[g].ThresholdMt)
                    {
                        result.FirstYearMet[g][t] = year;
                    }
                }
            }

            result.ProjectsFunded[t] = (int)projects;
            result.PartnersActive[t] = (int)result.Annual[SeriesLayout.PartnersActive][lastYearOffset + t];
        }

        return result;
    }
}
