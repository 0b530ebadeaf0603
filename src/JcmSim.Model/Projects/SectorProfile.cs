using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Projects;

/// <summary>
/// A project type. Every distribution here is drawn once per opportunity (projects differ),
/// except where noted.
/// </summary>
public sealed record SectorProfile
{
    /// <summary>Identifier used in data files, e.g. "solar".</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Expected reductions of one project, tCO2 per year.</summary>
    public required Distribution SizeTco2PerYear { get; init; }

    /// <summary>Initial investment per tCO2/yr of expected reductions, JPY.</summary>
    public required Distribution CapexJpyPerTco2PerYear { get; init; }

    /// <summary>Years from funding decision to operation (rounded, at least 1).</summary>
    public required Distribution LeadTimeYears { get; init; }

    /// <summary>Crediting period (legal durable life) in years (rounded, at least 1).</summary>
    public required Distribution CreditingYears { get; init; }

    /// <summary>Realised ÷ expected reductions, ≥ 0.</summary>
    public required Distribution PerformanceRatio { get; init; }

    /// <summary>Yearly fractional loss of output, in [0, 1).</summary>
    public required Distribution DegradationPerYear { get; init; }

    /// <summary>Yearly probability that an operating project stops for good, in [0, 1].</summary>
    public required Distribution FailureHazardPerYear { get; init; }

    /// <summary>The project's internal rate of return without credit revenue (fraction per year).</summary>
    public required Distribution ReturnWithoutCredits { get; init; }

    /// <summary>The national emission source the sector's projects can displace; null: no potential limits the sector.</summary>
    public Potential.EmissionSource? EmissionSource { get; init; }

    /// <summary>
    /// Share of <see cref="EmissionSource"/> that projects of JCM scale can address (per trial), in [0, 1]:
    /// the sector's mitigation potential in a country is its emissions of the source times this share.
    /// </summary>
    public Distribution AddressableShare { get; init; } = Distribution.Fixed(1);
}
