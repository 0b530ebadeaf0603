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
    private const int ParameterRevenueShare = 4;

    private readonly FinanceChannel _channel;
    private readonly int _channelIndex;
    private readonly int _count;
    private readonly double[] _budgetMultiplier;
    private readonly double[] _japanShare;
    private readonly double[] _first;
    private readonly double[] _second;
    private readonly double[] _revenueShare;
    private readonly double[] _conservativeness;
    private readonly bool[] _sectorAllowed;
    private readonly bool[] _countryAllowed;
    private const int CachedYears = 64;
    private readonly double[] _hurdleAnnuity;
    private readonly int[] _hurdleTrial;
    private ulong[] _ranked = new ulong[64];

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
                _first = TrialDraws.For(count, programme.SubsidyRatioCap, seed, entity, ParameterSubsidyCapOrHurdle, firstTrial);
                _second = TrialDraws.For(count, programme.ParticipantHurdleRate, seed, entity, ParameterParticipantHurdleOrExpectation, firstTrial);
                _revenueShare = [];
                break;
            case PrivateInvestorChannel investor:
                _first = TrialDraws.For(count, investor.HurdleRate, seed, entity, ParameterSubsidyCapOrHurdle, firstTrial);
                _second = TrialDraws.For(count, investor.CreditPriceExpectationFactor, seed, entity, ParameterParticipantHurdleOrExpectation, firstTrial);
                _revenueShare = TrialDraws.For(count, investor.CreditRevenueShare, seed, entity, ParameterRevenueShare, firstTrial);
                break;
            default:
                throw new ArgumentException($"Unknown channel type {_channel.GetType().Name}.", nameof(scenario));
        }

        _conservativeness = TrialDraws.For(count, scenario.Scenario.Credits.ConservativenessFactor, seed, EntityKeys.Credits, 0, firstTrial);
        _sectorAllowed = scenario.Sectors.Select(s => _channel.Sectors.Count == 0 || _channel.Sectors.Contains(s.Id)).ToArray();
        _countryAllowed = scenario.Countries.Select(c => _channel.Countries.Count == 0 || _channel.Countries.Contains(c.Code)).ToArray();
        _hurdleAnnuity = new double[scenario.Countries.Count * (CachedYears + 1)];
        _hurdleTrial = new int[_hurdleAnnuity.Length];
    }

    /// <summary>
    /// Funds opportunities of <paramref name="book"/> that are not <paramref name="taken"/>.
    /// </summary>
    /// <param name="book">This year's opportunities.</param>
    /// <param name="taken">Opportunities already funded by channels that picked earlier.</param>
    /// <param name="creditPriceJpy">This year's credit price per trial, JPY per tCO2.</param>
    public FundingDecisions Fund(OpportunityBook book, bool[] taken, double[] creditPriceJpy)
    {
        var trials = new List<int>();
        var chosen = new List<int>();
        var publicJpy = new List<double>();
        var privateJpy = new List<double>();
        var share = new List<double>();
        if (book.Year < _channel.FirstYear)
        {
            return new FundingDecisions(_channelIndex, [], [], [], [], []);
        }

        var budgetPath = _channel.AnnualBudgetJpy.At(book.Year);
        for (var t = 0; t < _count; t++)
        {
            var remaining = budgetPath * _budgetMultiplier[t];
            if (remaining <= 0)
            {
                continue;
            }

            var n = Rank(book, taken, t, creditPriceJpy[t]);
            var start = book.TrialStart[t];
            for (var r = 0; r < n && remaining > 0; r++)
            {
                var i = start + (int)(uint)_ranked[r];
                var subsidy = Subsidy(book, i, t);
                var cost = _channel is PublicProgrammeChannel ? subsidy : book.CapexJpy[i];
                if (cost > remaining)
                {
                    continue;
                }

                remaining -= cost;
                trials.Add(t);
                chosen.Add(i);
                publicJpy.Add(_channel.IsPublic ? subsidy : 0);
                privateJpy.Add(book.CapexJpy[i] - (_channel.IsPublic ? subsidy : 0));
                share.Add(_japanShare[t]);
            }
        }

        return new FundingDecisions(_channelIndex, [.. trials], [.. chosen], [.. publicJpy], [.. privateJpy], [.. share]);
    }

    // Fills _ranked[0..n) with the eligible opportunities of trial t, best first. Each entry packs
    // the ranking key (rounded to single precision, made order-preserving as unsigned bits) above
    // the opportunity's position within the trial, so one primitive sort ranks them and equal keys
    // keep generation order, whatever the block.
    private int Rank(OpportunityBook book, bool[] taken, int t, double price)
    {
        var start = book.TrialStart[t];
        var end = book.TrialStart[t + 1];
        if (_ranked.Length < end - start)
        {
            _ranked = new ulong[Math.Max(end - start, 2 * _ranked.Length)];
        }

        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (taken[i] || !_sectorAllowed[book.Sector[i]] || !_countryAllowed[book.Country[i]] || book.CapexJpy[i] <= 0)
            {
                continue;
            }

            var years = book.CreditingYears[i];
            var baseFactor = book.AnnuityWithoutCredits[i];
            double key;
            if (_channel is PublicProgrammeChannel programme)
            {
                var subsidy = Subsidy(book, i, t);
                if (subsidy <= 0)
                {
                    continue;
                }

                var perTco2 = subsidy / (book.SizeTco2PerYear[i] * years);
                if (programme.MaxSubsidyJpyPerTco2 is { } max && perTco2 > max)
                {
                    continue;
                }

                // Participants must earn their hurdle on the part of the investment they pay.
                var capex = book.CapexJpy[i];
                if (capex * baseFactor < (capex - subsidy) * HurdleAnnuity(t, 0, _second[t], years))
                {
                    continue;
                }

                key = perTco2;
            }
            else
            {
                var creditRevenue = book.SizeTco2PerYear[i] * _conservativeness[t] * _revenueShare[t] * price * _second[t];
                var margin = baseFactor + (creditRevenue / book.CapexJpy[i]) - HurdleAnnuity(t, book.Country[i], _first[t] + book.RiskPremium[i], years);
                if (margin < 0)
                {
                    continue;
                }

                key = -margin;
            }

            _ranked[n++] = ((ulong)OrderedBits((float)key) << 32) | (uint)(i - start);
        }

        Array.Sort(_ranked, 0, n);
        return n;
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

    private double Subsidy(OpportunityBook book, int i, int t) => _channel is PublicProgrammeChannel programme
        ? Math.Min(_first[t] * book.CapexJpy[i], programme.PerProjectCapJpy)
        : 0;
}
