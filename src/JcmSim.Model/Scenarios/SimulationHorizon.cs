namespace JcmSim.Model.Scenarios;

/// <summary>The simulated fiscal years, <see cref="FirstYear"/> to <see cref="LastYear"/> inclusive.</summary>
public sealed record SimulationHorizon(int FirstYear, int LastYear)
{
    /// <summary>Number of simulated years.</summary>
    public int Years => LastYear - FirstYear + 1;
}
