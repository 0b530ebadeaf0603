using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Projects;

/// <summary>
/// The per-trial growth of the opportunity flow (MODEL.md §Opportunities):
/// factor = m · (1+g)^(y−y₀) · (1 + κ·((1+g_city)^(y−y₀) − 1)).
/// </summary>
public sealed class PipelineFactors
{
    private readonly PipelineGrowth _growth;
    private readonly double[] _multiplier;
    private readonly double[] _rate;
    private readonly double[] _cityRate;

    /// <summary>Draws the per-trial growth parameters.</summary>
    public PipelineFactors(PipelineGrowth growth, ulong seed, int firstTrial, int count)
    {
        _growth = growth;
        _multiplier = TrialDraws.For(count, growth.Multiplier, seed, EntityKeys.Pipeline, 0, firstTrial);
        _rate = TrialDraws.For(count, growth.GrowthRatePerYear, seed, EntityKeys.Pipeline, 1, firstTrial);
        _cityRate = TrialDraws.For(count, growth.CityToCityGrowthRatePerYear, seed, EntityKeys.Pipeline, 2, firstTrial);
    }

    /// <summary>The factor on base potentials for trial offset <paramref name="t"/> in <paramref name="year"/>.</summary>
    public double Factor(int t, int year)
    {
        var years = year - _growth.BaseYear;
        var city = 1 + (_growth.CityToCityShare * (Math.Pow(1 + _cityRate[t], years) - 1));
        return Math.Max(0, _multiplier[t] * Math.Pow(1 + _rate[t], years) * city);
    }
}
