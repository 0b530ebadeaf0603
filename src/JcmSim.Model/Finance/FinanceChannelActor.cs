using System.Runtime.CompilerServices;
using JcmSim.Model.Countries;
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
    private readonly double _shortestExpectedDelay;
    private readonly int[] _midpointYearsAhead;
    private readonly CreditRevenueOutlook _outlook;
    private readonly bool[] _sectorAllowed;
    private readonly bool[] _countryAllowed;
    private const int CachedYears = 64;
    private readonly double[] _hurdleAnnuity;
    private readonly int[] _hurdleTrial;
    private readonly double[] _revenueDiscount;
    private readonly int[] _revenueDiscountStamp;
    private readonly int _sectorCount;
    private int _rankingStamp;
    private readonly bool _isPublic;
    private readonly double _perProjectCapJpy;
    private readonly double _maxSubsidyPerTco2;
    private readonly double _minimumJapanShare;
    private double _cheapest;
    private int _sortedUpTo;
    private readonly DecisionList _decisions;
    private readonly FundingDecisions _none;
    private readonly int[] _rankedPerTrial;
    private const int FirstSortedChunk = 32;
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
        // Where the host can issue before the quickest sector's first credits, each sector's delay is its own
        // expected delay, and the years to a project's midpoint depend on its sector and crediting years only.
        _shortestExpectedDelay = _expectedDelayYears.DefaultIfEmpty(double.NaN).Min();
        _midpointYearsAhead = new int[_sectorCount * (CachedYears + 1)];
        for (var s = 0; s < _sectorCount; s++)
        {
            for (var years = 0; years <= CachedYears; years++)
            {
                _midpointYearsAhead[(s * (CachedYears + 1)) + years] = CreditRevenueOutlook.YearsAheadIndex(_expectedDelayYears[s] + (0.5 * years));
            }
        }

        _outlook = new CreditRevenueOutlook(scenario);
        _none = FundingDecisions.None(channelIndex);
        _decisions = new DecisionList(count);
        _rankedPerTrial = new int[count];
    }

    /// <summary>
    /// How many opportunities each trial offset ranked (found eligible and sorted) at the last <see cref="Fund"/>;
    /// 0 for a trial with no money. The size of the channel's work: the benchmarks' reference for the irreducible ranking.
    /// </summary>
    public ReadOnlySpan<int> RankedPerTrial => _rankedPerTrial;

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
        Array.Clear(_rankedPerTrial);

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
            _rankedPerTrial[t] = n;
            _sortedUpTo = 0;
            // Once the money left is below the cheapest ranked opportunity, the rest of the list could only be skipped.
            for (var r = 0; r < n && remaining > 0 && remaining >= _cheapest; r++)
            {
                if (r == _sortedUpTo)
                {
                    SortNext(n);
                }

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

    // Fills _ranked[0..n) with the eligible opportunities of trial t (see Add); Fund puts them in order as it walks (SortNext).
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
            n = _isPublic
                ? RankForProgramme(batch, from, to, book.Offsets[c], taken, t, c, book.RiskPremium[c][t], n)
                : RankForInvestor(book, batch, from, to, taken, t, c, price, n);
        }

        return n;
    }

    // Puts the next chunk of _ranked[0..n) in order: the smallest keys of the unsorted rest selected, then sorted.
    // The walk stops when the money runs out, halfway down the list in the baseline, so the rest is never sorted.
    // Keys are distinct (each carries its position), so the order is that of a full sort.
    private void SortNext(int n)
    {
        var from = _sortedUpTo;
        var end = Math.Min(n, from + Math.Max(FirstSortedChunk, from));
        if (end < n)
        {
            SelectSmallest(_ranked.AsSpan(from, n - from), end - from);
        }

        Array.Sort(_ranked, from, end - from);
        _sortedUpTo = end;
    }

    // Rearranges keys so that its first `count` entries are its `count` smallest (Wirth's selection: the
    // (count − 1)-th smallest lands at its place with nothing larger before it and nothing smaller after).
    private static void SelectSmallest(Span<ulong> keys, int count)
    {
        var target = count - 1;
        var low = 0;
        var high = keys.Length - 1;
        while (low < high)
        {
            var pivot = keys[target];
            var i = low;
            var j = high;
            do
            {
                while (keys[i] < pivot)
                {
                    i++;
                }

                while (pivot < keys[j])
                {
                    j--;
                }

                if (i <= j)
                {
                    (keys[i], keys[j]) = (keys[j], keys[i]);
                    i++;
                    j--;
                }
            }
            while (i <= j);

            if (j < target)
            {
                low = i;
            }

            if (target < i)
            {
                high = j;
            }
        }
    }

    // A programme's candidates of country c in trial t, appended from position n: cheapest subsidy per tonne first.
    // What is fixed for the trial and country is read once; the arithmetic per opportunity is the appraisal's own.
    private int RankForProgramme(OpportunityBatch batch, int from, int to, int offset, bool[] taken, int t, int c, double premium, int n)
    {
        var sectors = batch.Sector;
        var capexes = batch.CapexJpy;
        var sizes = batch.SizeTco2PerYear;
        var crediting = batch.CreditingYears;
        var annuities = batch.AnnuityWithoutCredits;
        var subsidyCap = _first[t];
        var participantRate = _second[t] + premium;
        var cheapest = _cheapest;
        for (var k = from; k < to; k++)
        {
            var capex = capexes[k];
            if (taken[offset + k] || !_sectorAllowed[sectors[k]] || capex <= 0)
            {
                continue;
            }

            var subsidy = Math.Min(subsidyCap * capex, _perProjectCapJpy);
            if (subsidy <= 0)
            {
                continue;
            }

            var years = crediting[k];
            var perTco2 = subsidy / (sizes[k] * years);
            if (perTco2 > _maxSubsidyPerTco2)
            {
                continue;
            }

            // Participants must earn their hurdle, country risk included, on the part they pay.
            if (capex * annuities[k] < (capex - subsidy) * HurdleAnnuity(t, c, participantRate, years))
            {
                continue;
            }

            Add(n++, offset + k, c, perTco2);
            cheapest = Math.Min(cheapest, subsidy);
        }

        _cheapest = cheapest;
        return n;
    }

    // An investor's candidates of country c in trial t, appended from position n: highest margin first.
    private int RankForInvestor(OpportunityBook book, OpportunityBatch batch, int from, int to, bool[] taken, int t, int c, double price, int n)
    {
        var sectors = batch.Sector;
        var capexes = batch.CapexJpy;
        var sizes = batch.SizeTco2PerYear;
        var crediting = batch.CreditingYears;
        var annuities = batch.AnnuityWithoutCredits;
        var sectorAllowed = _sectorAllowed;
        var expectedDelay = _expectedDelayYears;
        var midpoints = _midpointYearsAhead;
        var outlook = _outlook;
        var offset = book.Offsets[c];
        var year = book.Year;
        var rate = _first[t] + book.RiskPremium[c][t];
        var issueFrom = book.IssueFromYear[c][t];
        // The host issues in time for every sector (the usual case): each delay is the sector's own, and the
        // midpoint's years ahead come from the table instead of being rounded per opportunity.
        var hostInTime = HostWaitYears(issueFrom, year) <= _shortestExpectedDelay;
        var expectation = _second[t];
        var conservativeness = _conservativeness[t];
        var authorised = 1 - _authorisationRisk[t];
        var creditRatio = InvestorCreditRatio(book, c, t);
        var share = _japanShare[t];
        var cheapest = _cheapest;
        for (var k = from; k < to; k++)
        {
            var capex = capexes[k];
            var sector = sectors[k];
            if (taken[offset + k] || !sectorAllowed[sector] || capex <= 0)
            {
                continue;
            }

            // Credits follow the money, so the investor's credit revenue per yen of its own
            // capital is the project's: issued tonnes × the price expected when they are issued,
            // if they are authorised, discounted for the years before the first issuance.
            var years = crediting[k];
            var delay = hostInTime ? expectedDelay[sector] : DelayYears(sector, issueFrom, year);
            var yearsAhead = hostInTime && years <= CachedYears
                ? midpoints[(sector * (CachedYears + 1)) + years]
                : CreditRevenueOutlook.YearsAheadIndex(delay + (0.5 * years));
            var expected = outlook.ExpectedPriceAt(price, yearsAhead) * expectation;
            var creditRevenue = sizes[k] * conservativeness * expected * authorised * RevenueDiscount(c, sector, rate, delay) * creditRatio;
            var margin = annuities[k] + (creditRevenue / capex) - HurdleAnnuity(t, c, rate, years);
            if (margin < 0)
            {
                continue;
            }

            Add(n++, offset + k, c, -margin);
            cheapest = Math.Min(cheapest, share * capex);
        }

        _cheapest = cheapest;
        return n;
    }

    // Entry n of the ranking: the key (rounded to single precision, made order-preserving as unsigned bits)
    // above n, the opportunity's position in the trial's visiting order (country, then generation), so one
    // primitive sort ranks them and equal keys keep that order, whatever the block.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int n, int bookIndex, int country, double key)
    {
        _rankedIndex[n] = bookIndex;
        _rankedCountry[n] = country;
        _ranked[n] = ((ulong)OrderedBits((float)key) << 32) | (uint)n;
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double HurdleAnnuity(int t, int country, double rate, int years)
    {
        var slot = (country * (CachedYears + 1)) + years;
        return years <= CachedYears && _hurdleTrial[slot] == t + 1 ? _hurdleAnnuity[slot] : NewHurdleAnnuity(t, slot, rate, years);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double NewHurdleAnnuity(int t, int slot, double rate, int years)
    {
        var factor = Annuity.Factor(rate, years);
        if (years <= CachedYears)
        {
            _hurdleTrial[slot] = t + 1;
            _hurdleAnnuity[slot] = factor;
        }

        return factor;
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
    private double DelayYears(int sector, int issueFromYear, int year) => Math.Max(_expectedDelayYears[sector], HostWaitYears(issueFromYear, year));

    // Years until the host can issue at all: the outlook's horizon where it never can.
    private static int HostWaitYears(int issueFromYear, int year) =>
        issueFromYear == int.MaxValue ? CreditRevenueOutlook.MaxYearsAhead : issueFromYear - year;

    // (1 + h)^−D turns a level revenue that starts D years late into its level equivalent from the
    // start; h and D are fixed within one ranking (a trial's year) per country and sector, so the
    // power is taken once per ranking and slot.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
