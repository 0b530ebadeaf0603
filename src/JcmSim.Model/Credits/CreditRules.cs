using JcmSim.Model.Distributions;

namespace JcmSim.Model.Credits;

/// <summary>
/// Issuance and allocation (MODEL.md §Credits): credits = counted reductions × conservativeness factor,
/// for projects that request issuance, per monitoring period after registration, decided while the
/// framework is live; OMGE cancels a share first; the rest is split by policy.
/// </summary>
public sealed record CreditRules
{
    /// <summary>Credited ÷ realised reductions (per trial), in [0, 1] (moej-jcm-page: calculated conservatively).</summary>
    public required Distribution ConservativenessFactor { get; init; }

    /// <summary>Years from the end of a monitoring period to the issuance decision (verification, the Joint Committee's decision), ≥ 0.</summary>
    public required int IssuanceLagYears { get; init; }

    /// <summary>Years from a project's start of operation to its registration (per project), ≥ 0; reductions before it are not credited.</summary>
    public Distribution RegistrationLagYears { get; init; } = Distribution.Fixed(0);

    /// <summary>Years of reductions a project's first issuance request covers (per project), ≥ 1 after rounding.</summary>
    public Distribution FirstMonitoringPeriodYears { get; init; } = Distribution.Fixed(1);

    /// <summary>Years each later issuance request covers (per project), ≥ 1 after rounding.</summary>
    public Distribution MonitoringPeriodYears { get; init; } = Distribution.Fixed(1);

    /// <summary>Probability that a registered project ever requests issuance (per trial), in [0, 1].</summary>
    public Distribution RequestProbability { get; init; } = Distribution.Fixed(1);

    /// <summary>The allocation policy.</summary>
    public required AllocationPolicyKind Allocation { get; init; }

    /// <summary>Japan's share under <see cref="AllocationPolicyKind.FixedSplit"/> (per trial), in [0, 1].</summary>
    public Distribution FixedJapanShare { get; init; } = Distribution.Fixed(0.5);

    /// <summary>Share of issued credits cancelled for overall mitigation (OMGE), in [0, 1]; voluntary under 6.2 (moej-cop26-2021).</summary>
    public double OmgeCancellationShare { get; init; }

    /// <summary>
    /// Whether reductions outside a live framework (before the partner is ready under Article 6,
    /// or after its agreement lapses when issuance stops with it) still count toward the targets.
    /// False by default: they are not JCM reductions, since no credit can ever be issued for them.
    /// </summary>
    public bool CountReductionsOutsideFramework { get; init; }
}
