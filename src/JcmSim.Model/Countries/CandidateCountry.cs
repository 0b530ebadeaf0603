namespace JcmSim.Model.Countries;

/// <summary>A country that may sign a bilateral document in the future (an assumption, see scenarios/README.md).</summary>
public sealed record CandidateCountry
{
    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public required string Code { get; init; }

    /// <summary>Country name.</summary>
    public required Scenarios.LocalizedText Name { get; init; }

    /// <summary>Region for breakdowns.</summary>
    public required string Region { get; init; }

    /// <summary>Relative likelihood of joining next, &gt; 0.</summary>
    public required double Weight { get; init; }

    /// <summary>Why it is a candidate, in one line.</summary>
    public string Reason { get; init; } = "";

    /// <summary>
    /// Institutional capacity: the country's percentile rank of government effectiveness among all countries, in [0, 1]
    /// (scales its readiness lag, <see cref="ReadinessCapacity"/>); null when the scenario gives none (the lag is not scaled).
    /// </summary>
    public double? CapacityRank { get; init; }
}
