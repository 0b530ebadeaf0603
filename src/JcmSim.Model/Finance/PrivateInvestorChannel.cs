using JcmSim.Model.Distributions;

namespace JcmSim.Model.Finance;

/// <summary>
/// A private investor archetype (trading houses, utilities, manufacturers, financiers; moej-cop26-2021).
/// It funds an opportunity when the return including credit revenue clears its hurdle rate plus
/// the country-risk premium, best margin first, until its capital for the year is committed.
/// </summary>
public sealed record PrivateInvestorChannel : FinanceChannel
{
    /// <summary>Archetype label, e.g. "tradingHouse".</summary>
    public required string Archetype { get; init; }

    /// <summary>Required return before the country premium (per trial), fraction per year.</summary>
    public required Distribution HurdleRate { get; init; }

    /// <summary>Expected credit price ÷ current price (per trial), ≥ 0.</summary>
    public required Distribution CreditPriceExpectationFactor { get; init; }

    /// <summary>
    /// The investor's probability that a project's credits are never authorised for international
    /// transfer (per trial), in [0, 1]: credit revenue is valued at (1 − this). Default 0.
    /// </summary>
    public Distribution AuthorisationRisk { get; init; } = Distribution.Fixed(0);

    /// <inheritdoc />
    public override bool IsPublic => false;
}
