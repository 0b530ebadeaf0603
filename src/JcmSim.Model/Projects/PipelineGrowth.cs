using JcmSim.Model.Distributions;

namespace JcmSim.Model.Projects;

/// <summary>
/// Growth of the opportunity flow: λ_{c,s,y} = base_{c,s} · m · (1+g)^(y−y₀) · (1 + κ·((1+g_city)^(y−y₀) − 1)),
/// where κ is the city-to-city share (mizutani-2022: about 10% of projects).
/// </summary>
public sealed record PipelineGrowth
{
    /// <summary>Reference year y₀ of the country potentials.</summary>
    public required int BaseYear { get; init; }

    /// <summary>Multiplier m on every country's potential (per trial), ≥ 0.</summary>
    public required Distribution Multiplier { get; init; }

    /// <summary>Growth rate g of the opportunity flow per year (per trial), &gt; −1.</summary>
    public required Distribution GrowthRatePerYear { get; init; }

    /// <summary>Share κ of the pipeline coming from city-to-city collaboration, in [0, 1].</summary>
    public double CityToCityShare { get; init; }

    /// <summary>Extra growth g_city of the city-to-city part (per trial), &gt; −1.</summary>
    public Distribution CityToCityGrowthRatePerYear { get; init; } = Distribution.Fixed(0);
}
