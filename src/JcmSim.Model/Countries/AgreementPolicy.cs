using JcmSim.Model.Distributions;

namespace JcmSim.Model.Countries;

/// <summary>
/// What happens at an agreement's end year (moej-press-2025-06-30: some frameworks run only until 2030 and
/// extension is being negotiated).
/// </summary>
public sealed record AgreementPolicy
{
    /// <summary>Probability that an expiring agreement is extended (drawn once per trial, then a Bernoulli per expiry).</summary>
    public required Distribution ExtensionProbability { get; init; }

    /// <summary>Years added by each extension, ≥ 1.</summary>
    public required int ExtensionYears { get; init; }

    /// <summary>Whether projects registered before a lapse keep issuing credits after it.</summary>
    public bool IssuanceContinuesAfterLapse { get; init; } = true;
}
