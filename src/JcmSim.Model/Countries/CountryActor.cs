using JcmSim.Model.Distributions;
using JcmSim.Model.Projects;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Countries;

/// <summary>
/// A partner (or candidate) country for all trials of a block: its agreement, Article 6 readiness
/// and opportunity flow (MODEL.md §Countries, §Opportunities). State is struct-of-arrays over trials.
/// </summary>
public sealed class CountryActor
{
    private const int NotJoined = 0;
    private const int ParameterLag = 0;
    private const int ParameterHostRetention = 1;
    private const int ParameterRiskPremium = 2;

    private readonly CompiledScenario _scenario;
    private readonly CountrySlot _country;
    private readonly ulong _seed;
    private readonly int _firstTrial;
    private readonly int _count;
    private readonly int[] _joinYear;
    private readonly int[] _readyYear;
    private readonly int[] _agreementEnd;
    private readonly double[] _lagYears;
    private readonly double[] _hostRetention;
    private readonly double[] _riskPremium;
    private readonly double[] _extensionProbability;
    private readonly PipelineFactors _pipeline;
    private readonly int[] _counts;
    private readonly OpportunityBatch _noOpportunities;
    private readonly StreamKey[] _countKeys;
    private readonly StreamKey[] _attributeKeys;
    private readonly bool[] _open;
    private readonly int[] _issueFrom;
    private readonly int[] _issueUntil;
    private OpportunityBatch _batch;
    private CountryYearOutcome? _outcome;

    /// <summary>Creates the country <paramref name="countryIndex"/> for trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1.</summary>
    public CountryActor(CompiledScenario scenario, int countryIndex, ulong seed, int firstTrial, int count)
    {
        _scenario = scenario;
        _country = scenario.Countries[countryIndex];
        _seed = seed;
        _firstTrial = firstTrial;
        _count = count;
        _joinYear = new int[count];
        _readyYear = new int[count];
        _agreementEnd = new int[count];
        _lagYears = TrialDraws.For(count, _country.Article6ReadinessLagYears, seed, _country.EntityKey, ParameterLag, firstTrial);
        ScaleLagByCapacity(scenario.Scenario.Expansion);
        _hostRetention = TrialDraws.For(count, _country.HostRetentionShare, seed, _country.EntityKey, ParameterHostRetention, firstTrial);
        _riskPremium = TrialDraws.For(count, _country.CountryRiskPremium, seed, _country.EntityKey, ParameterRiskPremium, firstTrial);
        _extensionProbability = TrialDraws.For(count, scenario.Scenario.Agreements.ExtensionProbability, seed, EntityKeys.Agreements, 0, firstTrial);
        _pipeline = new PipelineFactors(scenario.Scenario.Pipeline, seed, firstTrial, count);
        _counts = new int[count * scenario.Sectors.Count];
        _noOpportunities = new OpportunityBatch(new int[count + 1], [], [], [], [], [], []);
        _batch = new OpportunityBatch(new int[count + 1], [], [], [], [], [], []);
        _countKeys = new StreamKey[scenario.Sectors.Count];
        _attributeKeys = new StreamKey[scenario.Sectors.Count];
        _open = new bool[count];
        _issueFrom = new int[count];
        _issueUntil = new int[count];

        if (_country.SigningYear is { } signed)
        {
            for (var t = 0; t < count; t++)
            {
                Join(t, signed, _country.AgreementEndYear);
            }
        }
    }

    // A new partner's lag scales with its institutional capacity (ReadinessCapacity); the sensitivity is one draw
    // per trial shared by all new partners, so the lag of a country keeps its own draw and only its factor differs.
    private void ScaleLagByCapacity(PartnerExpansion expansion)
    {
        if (double.IsNaN(_country.CapacityRank))
        {
            return;
        }

        var sensitivity = TrialDraws.For(_count, expansion.ReadinessCapacitySensitivity, _seed, EntityKeys.Expansion, ReadinessCapacity.SensitivityOrdinal, _firstTrial);
        for (var t = 0; t < _count; t++)
        {
            _lagYears[t] *= ReadinessCapacity.LagFactor(sensitivity[t], _country.CapacityRank);
        }
    }

    /// <summary>Advances one fiscal year: applies new joins, then generates the year's opportunities.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <param name="joinedNow">For a candidate, which trials it joins in this year; null when none.</param>
    /// <param name="rateFactor">
    /// The factor on this year's opportunity rates, [trial offset × sectors + sector]: money and price, market
    /// maturity and the potential left (<see cref="Potential.OpportunitySupply"/>).
    /// </param>
    public CountryYearOutcome Step(int year, bool[]? joinedNow, double[] rateFactor)
    {
        if (joinedNow is not null)
        {
            var term = _scenario.Scenario.Expansion.AgreementTermYears;
            for (var t = 0; t < _count; t++)
            {
                if (joinedNow[t] && _joinYear[t] == NotJoined)
                {
                    Join(t, year, term is { } years ? year + years - 1 : null);
                }
            }
        }

        // The status arrays are updated in place: the block loop reads an outcome within its year.
        var continues = _scenario.Scenario.Agreements.IssuanceContinuesAfterLapse;
        for (var t = 0; t < _count; t++)
        {
            var joined = _joinYear[t] != NotJoined;
            _open[t] = joined && _joinYear[t] <= year && year <= _agreementEnd[t];
            _issueFrom[t] = joined ? _readyYear[t] : int.MaxValue;
            _issueUntil[t] = continues ? int.MaxValue : _agreementEnd[t];
        }

        var opportunities = GenerateOpportunities(year, _open, rateFactor);
        if (_outcome is null || !ReferenceEquals(_outcome.Opportunities, opportunities))
        {
            _outcome = new CountryYearOutcome(_country.Index, _open, _issueFrom, _issueUntil, _hostRetention, _riskPremium, opportunities);
        }

        return _outcome;
    }

    private void Join(int t, int year, int? agreementEnd)
    {
        _joinYear[t] = year;
        _readyYear[t] = year + (int)Math.Round(Math.Max(0, _lagYears[t]), MidpointRounding.AwayFromZero);
        _agreementEnd[t] = ExtendedEnd(t, agreementEnd);
    }

    // The whole chain of extension decisions is drawn when the country joins: each decision is
    // keyed by its expiry year, so drawing early gives the same numbers as drawing on the day.
    private int ExtendedEnd(int t, int? agreementEnd)
    {
        if (agreementEnd is not { } end)
        {
            return int.MaxValue;
        }

        // An extension of no years would be granted forever (each decision is keyed by the same
        // expiry year, so it repeats): it extends nothing, and the loop ends.
        var extensionYears = _scenario.Scenario.Agreements.ExtensionYears;
        while (end < _scenario.LastYear && extensionYears > 0)
        {
            var stream = new RandomStream(StreamKey.For(_seed, _country.EntityKey, end, RandomPurpose.AgreementExtension), _firstTrial + t);
            if (stream.NextUniform() >= _extensionProbability[t])
            {
                break;
            }

            end += extensionYears;
        }

        return end;
    }

    private OpportunityBatch GenerateOpportunities(int year, bool[] open, double[] rateFactor)
    {
        var sectors = _scenario.Sectors;
        var counts = _counts;
        var countKeys = _countKeys;
        for (var s = 0; s < sectors.Count; s++)
        {
            countKeys[s] = StreamKey.For(_seed, _country.OpportunityKeys[s], year, RandomPurpose.OpportunityCount);
        }

        var total = 0;
        for (var t = 0; t < _count; t++)
        {
            if (!open[t])
            {
                continue;
            }

            // Every count of an open trial is written (closed trials' counts are never read), so the
            // table needs no clearing: a candidate's table of trials × sectors cost more to clear than to fill.
            var factor = _pipeline.Factor(t, year);
            for (var s = 0; s < sectors.Count; s++)
            {
                var lambda = _country.OpportunitiesPerYear[s] * factor * rateFactor[(t * sectors.Count) + s];
                if (lambda <= 0)
                {
                    counts[(t * sectors.Count) + s] = 0;
                    continue;
                }

                var stream = new RandomStream(countKeys[s], _firstTrial + t);
                var n = SpecialFunctions.SamplePoisson(lambda, ref stream);
                counts[(t * sectors.Count) + s] = n;
                total += n;
            }
        }

        if (total == 0)
        {
            return _noOpportunities;
        }

        var batch = BatchFor(total);
        var trialStart = batch.TrialStart;
        var attributeKeys = _attributeKeys;
        for (var s = 0; s < sectors.Count; s++)
        {
            attributeKeys[s] = StreamKey.For(_seed, _country.OpportunityKeys[s], year, RandomPurpose.OpportunityAttributes);
        }

        var i = 0;
        for (var t = 0; t < _count; t++)
        {
            trialStart[t] = i;
            if (!open[t])
            {
                continue;
            }

            for (var s = 0; s < sectors.Count; s++)
            {
                var n = counts[(t * sectors.Count) + s];
                var profile = sectors[s];
                for (var j = 0; j < n; j++, i++)
                {
                    var stream = new RandomStream(attributeKeys[s], _firstTrial + t, (uint)j);
                    var size = Math.Max(0, profile.SizeTco2PerYear.Sample(ref stream));
                    batch.Sector[i] = s;
                    batch.Ordinal[i] = j;
                    batch.SizeTco2PerYear[i] = size;
                    batch.CapexJpy[i] = Math.Max(0, profile.CapexJpyPerTco2PerYear.Sample(ref stream)) * size;
                    var years = Math.Max(1, (int)Math.Round(profile.CreditingYears.Sample(ref stream), MidpointRounding.AwayFromZero));
                    batch.CreditingYears[i] = years;
                    // Appraisal needs the project's return only as its annuity factor: compute it once here.
                    batch.AnnuityWithoutCredits[i] = Finance.Annuity.Factor(profile.ReturnWithoutCredits.Sample(ref stream), years);
                }
            }
        }

        trialStart[_count] = i;

        return batch;
    }

    // The batch's arrays are reused from year to year and grow by doubling when a year needs more.
    private OpportunityBatch BatchFor(int total)
    {
        if (_batch.Sector.Length < total)
        {
            var capacity = Math.Max(total, 2 * _batch.Sector.Length);
            _batch = new OpportunityBatch(_batch.TrialStart, new int[capacity], new int[capacity], new double[capacity], new double[capacity], new int[capacity], new double[capacity]);
        }

        return _batch;
    }
}
