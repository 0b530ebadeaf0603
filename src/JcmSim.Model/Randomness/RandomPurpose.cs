namespace JcmSim.Model.Randomness;

/// <summary>
/// What a random number is for. Part of every stream key, so adding a new use of randomness
/// never shifts the numbers an existing use draws. Values are persisted in that sense: never renumber.
/// </summary>
public enum RandomPurpose : ushort
{
    /// <summary>Per-trial draw of an uncertain scenario parameter.</summary>
    Parameter = 1,
    /// <summary>Number of project opportunities of a country and sector in a year.</summary>
    OpportunityCount = 2,
    /// <summary>Attributes of one opportunity (size, cost, lead time, …).</summary>
    OpportunityAttributes = 3,
    /// <summary>Whether an expiring agreement is extended.</summary>
    AgreementExtension = 4,
    /// <summary>Number of new partner countries in a year.</summary>
    NewPartnerCount = 5,
    /// <summary>Which candidate countries join.</summary>
    NewPartnerChoice = 6,
    /// <summary>The shock of the credit-price path in a year.</summary>
    CreditPriceShock = 7,
    /// <summary>Attributes drawn only once an opportunity is funded (lead time, performance, degradation, failure).</summary>
    ProjectAttributes = 8,
    /// <summary>A funded project's issuance behaviour (registration lag, monitoring periods, whether it ever requests issuance).</summary>
    ProjectIssuance = 9,
    /// <summary>Whether a backlog opportunity waits another year.</summary>
    BacklogSurvival = 10,
}
