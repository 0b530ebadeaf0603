using JcmSim.Model.Distributions;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Market;

/// <summary>Draws the credit-price path of every trial of a block (see <see cref="CreditPriceModel"/>).</summary>
public static class CreditPricePath
{
    /// <summary>Prices in JPY per tCO2 as [yearIndex × count + trial offset] for the simulated years.</summary>
    public static double[] Draw(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        var model = scenario.Scenario.CreditPrice;
        var years = scenario.LastYear - scenario.FirstYear + 1;
        var volatility = TrialDraws.For(count, model.Volatility, seed, EntityKeys.Market, 0, firstTrial);
        var deviation = new double[count];
        var prices = new double[years * count];
        for (var y = 0; y < years; y++)
        {
            var year = scenario.FirstYear + y;
            var trend = model.TrendJpyPerTco2.At(year);
            var key = StreamKey.For(seed, EntityKeys.Market, year, RandomPurpose.CreditPriceShock);
            for (var t = 0; t < count; t++)
            {
                var stream = new RandomStream(key, firstTrial + t);
                var shock = SpecialFunctions.NormalQuantile(stream.NextUniform());
                deviation[t] = (model.Persistence * deviation[t]) + (volatility[t] * shock);
                prices[(y * count) + t] = Math.Max(0, trend) * Math.Exp(deviation[t]);
            }
        }

        return prices;
    }
}
