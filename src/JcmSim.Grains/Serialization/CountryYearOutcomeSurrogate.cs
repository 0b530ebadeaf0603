using JcmSim.Model.Countries;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="CountryYearOutcome"/>.</summary>
[GenerateSerializer, Immutable, Alias("jcm.country-year-outcome")]
internal struct CountryYearOutcomeSurrogate
{
    [Id(0)] public int CountryIndex;
    [Id(1)] public bool[] RegistrationOpen;
    [Id(2)] public int[] IssueFromYear;
    [Id(3)] public int[] IssueUntilYear;
    [Id(4)] public double[] HostRetention;
    [Id(5)] public double[] RiskPremium;
    [Id(6)] public OpportunityBatch Opportunities;
}

/// <summary>Converts <see cref="CountryYearOutcome"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class CountryYearOutcomeConverter : IConverter<CountryYearOutcome, CountryYearOutcomeSurrogate>
{
    /// <inheritdoc />
    public CountryYearOutcome ConvertFromSurrogate(in CountryYearOutcomeSurrogate surrogate) =>
        new(surrogate.CountryIndex, surrogate.RegistrationOpen, surrogate.IssueFromYear, surrogate.IssueUntilYear,
            surrogate.HostRetention, surrogate.RiskPremium, surrogate.Opportunities);

    /// <inheritdoc />
    public CountryYearOutcomeSurrogate ConvertToSurrogate(in CountryYearOutcome value) => new()
    {
        CountryIndex = value.CountryIndex,
        RegistrationOpen = value.RegistrationOpen,
        IssueFromYear = value.IssueFromYear,
        IssueUntilYear = value.IssueUntilYear,
        HostRetention = value.HostRetention,
        RiskPremium = value.RiskPremium,
        Opportunities = value.Opportunities,
    };
}

/// <summary>
/// In-silo calls pass <see cref="CountryYearOutcome"/> by reference: the block loop only reads it,
/// and the per-trial parameter arrays it shares with the country are fixed once drawn.
/// </summary>
[RegisterCopier]
internal sealed class CountryYearOutcomeCopier : ShallowCopier<CountryYearOutcome>;
