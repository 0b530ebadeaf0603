using JcmSim.Model.Finance;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Projects;

/// <summary>
/// How the flow of new opportunities answers money and price (MODEL.md §Opportunities), per trial:
///
///     O_{t,y} = O_{t,y−1} · (1 + min(G_t, β_t · u_{t,y−L})),   O before the first year = 1
///     factor_{t,y} = O_{t,y} · (P_{t,y} / Trend(y₀))^ε_t
///
/// with u the share of all channels' money left unspent in a year: developers originate more where
/// money waits for projects, at most G a year (their capacity), with a lag of L years; and more where
/// credits are worth more. The factor multiplies every country's opportunity rate.
/// </summary>
public sealed class OriginationResponse
{
    private const int ParameterResponse = 4;
    private const int ParameterMaxGrowth = 5;
    private const int ParameterElasticity = 6;

    private readonly int _count;
    private readonly int _lag;
    private readonly double _referencePrice;
    private readonly double[] _response;
    private readonly double[] _maxGrowth;
    private readonly double[] _elasticity;
    private readonly double[] _pipeline;
    private readonly double[] _unspent;
    private readonly double[] _available;
    private readonly double[] _committed;
    private readonly double[] _factor;
    private readonly bool _responds;

    /// <summary>Draws the per-trial parameters of trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1.</summary>
    public OriginationResponse(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        var pipeline = scenario.Scenario.Pipeline;
        _count = count;
        _lag = Math.Max(1, pipeline.FinanceResponseLagYears);
        _referencePrice = scenario.Scenario.CreditPrice.TrendJpyPerTco2.At(pipeline.BaseYear);
        _response = TrialDraws.For(count, pipeline.FinanceResponsePerUnspentShare, seed, EntityKeys.Pipeline, ParameterResponse, firstTrial);
        _maxGrowth = TrialDraws.For(count, pipeline.MaxFinanceResponseGrowthPerYear, seed, EntityKeys.Pipeline, ParameterMaxGrowth, firstTrial);
        _elasticity = TrialDraws.For(count, pipeline.CreditPriceElasticity, seed, EntityKeys.Pipeline, ParameterElasticity, firstTrial);
        _responds = _response.Any(b => b > 0) && _maxGrowth.Any(g => g > 0);
        _pipeline = new double[count];
        Array.Fill(_pipeline, 1.0);
        _unspent = new double[_lag * count];
        _available = new double[count];
        _committed = new double[count];
        _factor = new double[count];
    }

    /// <summary>
    /// The factor on opportunity rates in the year <paramref name="yearIndex"/> years after the first
    /// simulated one, given the year's credit prices. Valid for the year.
    /// </summary>
    public double[] Factor(int yearIndex, double[] creditPriceJpy)
    {
        var slot = (yearIndex % _lag) * _count;
        for (var t = 0; t < _count; t++)
        {
            if (_responds && yearIndex >= _lag)
            {
                _pipeline[t] *= 1 + Math.Min(Math.Max(0, _maxGrowth[t]), Math.Max(0, _response[t]) * _unspent[slot + t]);
            }

            var price = _elasticity[t] == 0 || _referencePrice <= 0 ? 1 : Math.Pow(Math.Max(0, creditPriceJpy[t]) / _referencePrice, _elasticity[t]);
            _factor[t] = _pipeline[t] * price;
        }

        return _factor;
    }

    /// <summary>Records the share of the year's money the channels left unspent, for the years to come.</summary>
    public void Record(int yearIndex, IReadOnlyList<FundingDecisions> decisions)
    {
        if (!_responds)
        {
            return;
        }

        Array.Clear(_available);
        Array.Clear(_committed);
        foreach (var decision in decisions)
        {
            for (var t = 0; t < decision.AvailableJpy.Length; t++)
            {
                _available[t] += decision.AvailableJpy[t];
                _committed[t] += decision.CommittedJpy[t];
            }
        }

        var slot = (yearIndex % _lag) * _count;
        for (var t = 0; t < _count; t++)
        {
            _unspent[slot + t] = _available[t] > 0 ? Math.Clamp(1 - (_committed[t] / _available[t]), 0, 1) : 0;
        }
    }
}
