using JcmSim.Model.Credits;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Finance;

/// <summary>
/// A finance channel for all trials of a block (MODEL.md §Finance): each year it ranks the
/// opportunities nobody has taken yet and funds them, best first, until its money runs out.
/// </summary>
public sealed class FinanceChannelActor
{
    /// <summary>Parameter ordinal of the Japan contribution share; the portfolio draws the same numbers for cohorts.</summary>
    public const int JapanShareOrdinal = 1;

    private const int ParameterBudgetMultiplier = 0;
    private const int ParameterJapanShare = JapanShareOrdinal;
    private const int ParameterSubsidyCapOrHurdle = 2;
    private const int ParameterParticipantHurdleOrExpectation = 3;
    private const int ParameterAuthorisationRisk = 4;

    private readonly FinanceChannel _channel;
    private readonly int _channelIndex;
    private readonly int _count;
    private readonly double[] _budgetMultiplier;
    private readonly double[] _japanShare;
    private readonly double[] _first;
    private readonly double[] _second;
    private readonly double[] _authorisationRisk;
    private readonly double[] _conservativeness;
    private readonly double[] _fixedJapanShare;
    private readonly AllocationPolicyKind _allocation;
    private readonly double[] _expectedDelayYears;
    private readonly CreditRevenueOutlook _outlook;
    private readonly bool[] _sectorAllowed;
    private readonly bool[] _countryAllowed;
    private const int CachedYears = 64;
    private readonly double[] _hurdleAnnuity;
    private readonly int[] _hurdleTrial;
    private readonly bool _isPublic;
    private readonly double _perProjectCapJpy;
    private readonly double _maxSubsidyPerTco2;
    private readonly double _minimumJapanShare;
    private readonly double[] _revenueDiscount;
    private readonly int[] _revenueDiscountStamp;
    private readonly int _sectorCount;
    private int _rankingStamp;
    private double _cheapest;
    private readonly DecisionList _decisions;
    private readonly FundingDecisions _none;
    private ulong[] _ranked = new ulong[64];
    private int[] _rankedIndex = new int[64];
    private int[] _rankedCountry = new int[64];

    /// <summary>Creates channel <paramref name="channelIndex"/> for trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1.</summary>
    public FinanceChannelActor(CompiledScenario scenario, int channelIndex, ulong seed, int firstTrial, int count)
    {
        _channel = scenario.Channels[channelIndex];
        _channelIndex = channelIndex;
        _count = count;
        var entity = EntityKeys.Channel(_channel.Id);
        _budgetMultiplier = TrialDraws.For(count, _channel.BudgetMultiplier, seed, entity, ParameterBudgetMultiplier, firstTrial);
        _japanShare = TrialDraws.For(count, _channel.JapanContributionShare, seed, entity, ParameterJapanShare, firstTrial);
        switch (_channel)
        {
            case PublicProgrammeChannel programme:
                _isPublic = true;
                _perProjectCapJpy = programme.PerProjectCapJpy;
                _maxSubsidyPerTco2 = programme.MaxSubsidyJpyPerTco2 ?? double.PositiveInfinity;
                _first = TrialDraws.For(count, programme.SubsidyRatioCap, seed, entity, ParameterSubsidyCapOrHurdle, firstTrial);
                _second = TrialDraws.For(count, programme.ParticipantHurdleRate, seed, entity, ParameterParticipantHurdleOrExpectation, firstTrial);
                _minimumJapanShare = programme.MinimumJapanCreditShare;
                _authorisationRisk = [];
                break;
            case PrivateInvestorChannel investor:
                _first = TrialDraws.For(count, investor.HurdleRate, seed, entity, ParameterSubsidyCapOrHurdle, firstTrial);
                _second = TrialDraws.For(count, investor.CreditPriceExpectationFactor, seed, entity, ParameterParticipantHurdleOrExpectation, firstTrial);
                _authorisationRisk = TrialDraws.For(count, investor.AuthorisationRisk, seed, entity, ParameterAuthorisationRisk, firstTrial);
                break;
            default:
                throw new ArgumentException($"Unknown channel type {_channel.GetType().Name}.", nameof(scenario));
        }

        _conservativeness = TrialDraws.For(count, scenario.Scenario.Credits.ConservativenessFactor, seed, EntityKeys.Credits, 0, firstTrial);
        _allocation = scenario.Scenario.Credits.Allocation;
        _fixedJapanShare = TrialDraws.For(count, scenario.Scenario.Credits.FixedJapanShare, seed, EntityKeys.Credits, 1, firstTrial);
        _sectorAllowed = scenario.Sectors.Select(s => _channel.Sectors.Count == 0 || _channel.Sectors.Contains(s.Id)).ToArray();
        _countryAllowed = scenario.Countries.Select(c => _channel.Countries.Count == 0 || _channel.Countries.Contains(c.Code)).ToArray();
        _hurdleAnnuity = new double[scenario.Countries.Count * (CachedYears + 1)];
        _hurdleTrial = new int[_hurdleAnnuity.Length];
        _sectorCount = scenario.Sectors.Count;
        _revenueDiscount = new double[scenario.Countries.Count * _sectorCount];
        _revenueDiscountStamp = new int[_revenueDiscount.Length];
        // An investor expects credits once the plant runs (mean lead time) and the first monitoring
        // period is verified and issued (the issuance lag); the draws of a project are not known yet.
        var lag = scenario.Scenario.Credits.IssuanceLagYears;
        _expectedDelayYears = scenario.Sectors.Select(s => Math.Max(0, s.LeadTimeYears.Mean) + lag).ToArray();
        _outlook = new CreditRevenueOutlook(scenario);
        _none = FundingDecisions.None(channelIndex);
        _decisions = new DecisionList(count);
    }

    /// <summary>
    /// Funds opportunities of <paramref name="book"/> that are not <paramref name="taken"/>.
    /// </summary>
    /// <param name="book">This year's opportunities.</param>
    /// <param name="taken">Opportunities already funded by channels that picked earlier (by book index).</param>
    /// <param name="creditPriceJpy">This year's credit price per trial, JPY per tCO2.</param>
    /// <returns>The year's decisions, in arrays the channel reuses: valid until its next call.</returns>
    public FundingDecisions Fund(OpportunityBook book, bool[] taken, double[] creditPriceJpy)
    {
        if (book.Year < _channel.FirstYear)
        {
            return _none;
        }

        var decisions = _decisions;
        decisions.Clear();

        var budgetPath = _channel.AnnualBudgetJpy.At(book.Year);
        _outlook.For(book.Year);
        for (var t = 0; t < _count; t++)
        {
            var available = budgetPath * _budgetMultiplier[t];
            var remaining = available;
            decisions.Money(t, Math.Max(0, available), 0);
            // An investor with no share of the capital would commit nothing and take no credits.
            if (remaining <= 0 || (!_isPublic && _japanShare[t] <= 0))
            {
                continue;
            }

            var n = Rank(book, taken, t, creditPriceJpy[t]);
            // Once the money left is below the cheapest ranked opportunity, the rest of the list could only be skipped.
            for (var r = 0; r < n && remaining > 0 && remaining >= _cheapest; r++)
            {
                var position = (int)(uint)_ranked[r];
                var c = _rankedCountry[position];
                var i = _rankedIndex[position];
                var capex = book.Batches[c].CapexJpy[i - book.Offsets[c]];
                var subsidy = _isPublic ? Subsidy(capex, t) : 0;
                // A programme spends its subsidy; an investor its own share of the capital (local
                // co-investors bring the rest), so the Japanese money buys that share of the credits.
                var cost = _isPublic ? subsidy : _japanShare[t] * capex;
                if (cost > remaining)
                {
                    continue;
                }

                remaining -= cost;
                decisions.Money(t, available, available - remaining);
                decisions.Add(t, c, i, subsidy, capex - subsidy, JapanCreditShare.Of(subsidy / capex, _japanShare[t], _minimumJapanShare));
            }
        }

        return decisions.ToDecisions(_channelIndex);
    }

    // Fills _ranked[0..n) with the eligible opportunities of trial t, best first. Each entry packs
    // the ranking key (rounded to single precision, made order-preserving as unsigned bits) above
    // the opportunity's position in the trial's visiting order (country, then generation), so one
    // primitive sort ranks them and equal keys keep that order, whatever the block.
    private int Rank(OpportunityBook book, bool[] taken, int t, double price)
    {
        var n = 0;
        _rankingStamp++;
        _cheapest = double.PositiveInfinity;
        if (!_isPublic)
        {
            _outlook.ForPrice(price);
        }

        for (var c = 0; c < book.Batches.Length; c++)
        {
            var batch = book.Batches[c];
            var from = batch.TrialStart[t];
            var to = batch.TrialStart[t + 1];
            if (from == to || !_countryAllowed[c])
            {
                continue;
            }

            EnsureCapacity(n + (to - from));
            var offset = book.Offsets[c];
            var premium = book.RiskPremium[c][t];
            var issueFrom = book.IssueFromYear[c][t];
            for (var k = from; k < to; k++)
            {
                var capex = batch.CapexJpy[k];
                if (taken[offset + k] || !_sectorAllowed[batch.Sector[k]] || capex <= 0)
                {
                    continue;
                }

                var years = batch.CreditingYears[k];
                var baseFactor = batch.AnnuityWithoutCredits[k];
                var size = batch.SizeTco2PerYear[k];
                double key;
                if (_isPublic)
                {
                    var subsidy = Subsidy(capex, t);
                    if (subsidy <= 0)
                    {
                        continue;
                    }

                    var perTco2 = subsidy / (size * years);
                    if (perTco2 > _maxSubsidyPerTco2)
                    {
                        continue;
                    }

                    // Participants must earn their hurdle, country risk included, on the part they pay.
                    if (capex * baseFactor < (capex - subsidy) * HurdleAnnuity(t, c, _second[t] + premium, years))
                    {
                        continue;
                    }

                    key = perTco2;
                    _cheapest = Math.Min(_cheapest, subsidy);
                }
                else
                {
                    // Credits follow the money, so the investor's credit revenue per yen of its own
                    // capital is the project's: issued tonnes × the price expected when they are issued,
                    // if they are authorised, discounted for the years before the first issuance.
                    var rate = _first[t] + premium;
                    var sector = batch.Sector[k];
                    var delay = DelayYears(sector, issueFrom, book.Year);
                    var expected = _outlook.ExpectedPrice(price, delay + (0.5 * years)) * _second[t];
                    var creditRevenue = size * _conservativeness[t] * expected * (1 - _authorisationRisk[t]) * RevenueDiscount(c, sector, rate, delay)
                        * InvestorCreditRatio(book, c, t);
                    var margin = baseFactor + (creditRevenue / capex) - HurdleAnnuity(t, c, rate, years);
                    if (margin < 0)
                    {
                        continue;
                    }

                    key = -margin;
                    _cheapest = Math.Min(_cheapest, _japanShare[t] * capex);
                }

                _rankedIndex[n] = offset + k;
                _rankedCountry[n] = c;
                _ranked[n] = ((ulong)OrderedBits((float)key) << 32) | (uint)n;
                n++;
            }
        }

        Array.Sort(_ranked, 0, n);
        return n;
    }

    private void EnsureCapacity(int size)
    {
        if (_ranked.Length < size)
        {
            var capacity = Math.Max(size, 2 * _ranked.Length);
            Array.Resize(ref _ranked, capacity);
            Array.Resize(ref _rankedIndex, capacity);
            Array.Resize(ref _rankedCountry, capacity);
        }
    }

    private static uint OrderedBits(float key)
    {
        var bits = BitConverter.SingleToUInt32Bits(key);
        return (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
    }

    // The hurdle rate of a trial and country never changes, so a(h, L) is computed once per
    // (trial, country, L) and kept until the next trial's opportunities need the slot.
    private double HurdleAnnuity(int t, int country, double rate, int years)
    {
        if (years > CachedYears)
        {
            return Annuity.Factor(rate, years);
        }

        var slot = (country * (CachedYears + 1)) + years;
        if (_hurdleTrial[slot] != t + 1)
        {
            _hurdleTrial[slot] = t + 1;
            _hurdleAnnuity[slot] = Annuity.Factor(rate, years);
        }

        return _hurdleAnnuity[slot];
    }

    private double Subsidy(double capexJpy, int t) => Math.Min(_first[t] * capexJpy, _perProjectCapJpy);

    // Japan's side of the credits over the investor's share of the capital: 1 when credits follow
    // the money (contribution-proportional); another policy gives the investor more or less per yen.
    private double InvestorCreditRatio(OpportunityBook book, int c, int t) => _allocation switch
    {
        AllocationPolicyKind.ContributionProportional => 1,
        AllocationPolicyKind.FixedSplit => _fixedJapanShare[t] / _japanShare[t],
        AllocationPolicyKind.HostFirst => (1 - book.HostRetention[c][t]) / _japanShare[t],
        _ => throw new InvalidOperationException($"Unknown allocation policy {_allocation}."),
    };

    // Years from the funding decision to the first issued credits: the plant's lead time and the
    // issuance lag, or longer where the host is not yet able to issue (Article 6 readiness).
    private double DelayYears(int sector, int issueFromYear, int year) =>
        Math.Max(_expectedDelayYears[sector], issueFromYear == int.MaxValue ? CreditRevenueOutlook.MaxYearsAhead : issueFromYear - year);

    // (1 + h)^−D turns a level revenue that starts D years late into its level equivalent from the
    // start; h and D are fixed within one ranking (a trial's year) per country and sector, so the
    // power is taken once per ranking and slot.
    private double RevenueDiscount(int country, int sector, double rate, double delay)
    {
        var slot = (country * _sectorCount) + sector;
        if (_revenueDiscountStamp[slot] != _rankingStamp)
        {
            _revenueDiscountStamp[slot] = _rankingStamp;
            _revenueDiscount[slot] = Math.Pow(1 + rate, -delay);
        }

        return _revenueDiscount[slot];
    }

}
