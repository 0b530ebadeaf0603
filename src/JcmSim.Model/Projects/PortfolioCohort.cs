namespace JcmSim.Model.Projects;

/// <summary>
/// A group of projects funded before the simulation starts, treated as a deterministic cohort:
/// many projects, so failures are applied as the expected surviving fraction.
/// </summary>
public sealed record PortfolioCohort
{
    /// <summary>Partner country code.</summary>
    public required string Country { get; init; }

    /// <summary>Sector id.</summary>
    public required string Sector { get; init; }

    /// <summary>Finance channel id.</summary>
    public required string Channel { get; init; }

    /// <summary>Number of projects in the cohort.</summary>
    public required int Projects { get; init; }

    /// <summary>First fiscal year of operation.</summary>
    public required int StartYear { get; init; }

    /// <summary>Expected reductions of the whole cohort, tCO2 per year.</summary>
    public required double SizeTco2PerYear { get; init; }

    /// <summary>Crediting period of the cohort in years.</summary>
    public required int CreditingYears { get; init; }
}
