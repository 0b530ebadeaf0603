using JcmSim.Model.Distributions;

namespace JcmSim.Model.Credits;

/// <summary>
/// Issuance and allocation: issued = realised reductions × conservativeness factor, after the
/// MRV lag, while the country can issue; OMGE cancels a share first; the rest is split by policy.
/// </summary>
public sealed record CreditRules
{
    /// <summary>Credited ÷ realised reductions (per trial), in [0, 1] (moej-jcm-page: calculated conservatively).</summary>
    public required Distribution ConservativenessFactor { get; init; }

    /// <summary>Years between a reduction and its issuance (monitoring, verification, issuance), ≥ 0.</summary>
    public required int IssuanceLagYears { get; init; }

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
