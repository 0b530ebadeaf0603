using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Market;

/// <summary>
/// The credit price: ln P_y = ln Trend_y + X_y with X_y = φ·X_{y−1} + σ·ε_y, ε ~ N(0, 1), X before
/// the first year = 0. σ is drawn once per trial.
/// </summary>
public sealed record CreditPriceModel
{
    /// <summary>Trend of the price, JPY per tCO2.</summary>
    public required YearPath TrendJpyPerTco2 { get; init; }

    /// <summary>Annual volatility σ of the log deviation (per trial), ≥ 0.</summary>
    public required Distribution Volatility { get; init; }

    /// <summary>Persistence φ of the log deviation, in [0, 1]: 1 is a random walk, 0 independent years.</summary>
    public double Persistence { get; init; } = 0.8;
}
