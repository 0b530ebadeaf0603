using JcmSim.Model.Distributions;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Countries;

/// <summary>
/// Which candidates sign with Japan each year, per trial (MODEL.md §Countries): a Poisson number
/// of new partners, capped at the maximum, picked by weight without replacement.
/// </summary>
public sealed class PartnerExpansionProcess
{
    private const int ParameterRate = 0;
    private const int ParameterMaxPartners = 1;

    private readonly CompiledScenario _scenario;
    private readonly ulong _seed;
    private readonly int _firstTrial;
    private readonly int _count;
    private readonly double[] _rate;
    private readonly int[] _maxPartners;
    private readonly int[] _candidates;
    private readonly bool[][] _joined;
    private readonly bool[]?[] _joinsNow;
    private readonly bool[][] _joinBuffers;

    /// <summary>Creates the process for trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1.</summary>
    public PartnerExpansionProcess(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        _scenario = scenario;
        _seed = seed;
        _firstTrial = firstTrial;
        _count = count;
        _rate = TrialDraws.For(count, scenario.Scenario.Expansion.NewPartnersPerYear, seed, EntityKeys.Expansion, ParameterRate, firstTrial);
        _maxPartners = TrialDraws.For(count, scenario.Scenario.Expansion.MaxPartners, seed, EntityKeys.Expansion, ParameterMaxPartners, firstTrial)
            .Select(Cap)
            .ToArray();
        _candidates = scenario.Countries.Where(c => c.IsCandidate).Select(c => c.Index).ToArray();
        _joined = _candidates.Select(_ => new bool[count]).ToArray();
        _joinsNow = new bool[]?[scenario.Countries.Count];
        _joinBuffers = scenario.Countries.Select(c => c.IsCandidate ? new bool[count] : []).ToArray();
        JoinedCount = new int[count];
    }

    /// <summary>Candidates that have joined so far, per trial offset.</summary>
    public int[] JoinedCount { get; }

    /// <summary>
    /// Draws the year's new partners. Returns, indexed by country, which trials that country joins
    /// in this year (null for countries that join in no trial). The arrays are reused: they are valid
    /// until the next call.
    /// </summary>
    public bool[]?[] Step(int year)
    {
        var joinsNow = _joinsNow;
        for (var c = 0; c < joinsNow.Length; c++)
        {
            if (joinsNow[c] is { } previous)
            {
                Array.Clear(previous);
                joinsNow[c] = null;
            }
        }

        var expansion = _scenario.Scenario.Expansion;
        if (year < expansion.StartYear || _candidates.Length == 0)
        {
            return joinsNow;
        }

        var known = 0;
        foreach (var country in _scenario.Countries)
        {
            known += country.SigningYear is { } signed && signed <= year ? 1 : 0;
        }

        var countKey = StreamKey.For(_seed, EntityKeys.Expansion, year, RandomPurpose.NewPartnerCount);
        var choiceKey = StreamKey.For(_seed, EntityKeys.Expansion, year, RandomPurpose.NewPartnerChoice);
        for (var t = 0; t < _count; t++)
        {
            var countStream = new RandomStream(countKey, _firstTrial + t);
            var wanted = SpecialFunctions.SamplePoisson(Math.Max(0, _rate[t]), ref countStream);
            var room = _maxPartners[t] - known - JoinedCount[t];
            var picks = Math.Min(wanted, Math.Min(room, _candidates.Length - JoinedCount[t]));
            var choice = new RandomStream(choiceKey, _firstTrial + t);
            for (var p = 0; p < picks; p++)
            {
                var pick = Pick(t, choice.NextUniform());
                if (pick < 0)
                {
                    break;
                }

                _joined[pick][t] = true;
                JoinedCount[t]++;
                var country = _candidates[pick];
                (joinsNow[country] ??= _joinBuffers[country])[t] = true;
            }
        }

        return joinsNow;
    }

    /// <summary>A drawn cap as a whole number of partners: rounded half away from zero, never below 0.</summary>
    /// <param name="draw">The cap drawn for a trial.</param>
    public static int Cap(double draw) =>
        (int)Math.Clamp(Math.Round(draw, MidpointRounding.AwayFromZero), 0, int.MaxValue);

    private int Pick(int t, double u)
    {
        var total = 0.0;
        for (var k = 0; k < _candidates.Length; k++)
        {
            if (!_joined[k][t])
            {
                total += _scenario.Countries[_candidates[k]].Weight;
            }
        }

        if (total <= 0)
        {
            return -1;
        }

        var target = u * total;
        var last = -1;
        for (var k = 0; k < _candidates.Length; k++)
        {
            if (_joined[k][t])
            {
                continue;
            }

            last = k;
            target -= _scenario.Countries[_candidates[k]].Weight;
            if (target < 0)
            {
                return k;
            }
        }

        return last;
    }
}
