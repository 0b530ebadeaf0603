using JcmSim.Model.Finance;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="OpportunityBook"/>.</summary>
[GenerateSerializer, Immutable, Alias("jcm.opportunity-book")]
internal struct OpportunityBookSurrogate
{
    [Id(0)] public int Year;
    [Id(1)] public int[] TrialStart;
    [Id(2)] public int[] Country;
    [Id(3)] public int[] Sector;
    [Id(4)] public int[] Ordinal;
    [Id(5)] public double[] SizeTco2PerYear;
    [Id(6)] public double[] CapexJpy;
    [Id(7)] public int[] CreditingYears;
    [Id(8)] public double[] AnnuityWithoutCredits;
    [Id(9)] public double[] RiskPremium;
}

/// <summary>Converts <see cref="OpportunityBook"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class OpportunityBookConverter : IConverter<OpportunityBook, OpportunityBookSurrogate>
{
    /// <inheritdoc />
    public OpportunityBook ConvertFromSurrogate(in OpportunityBookSurrogate surrogate) =>
        new(surrogate.Year, surrogate.TrialStart, surrogate.Country, surrogate.Sector, surrogate.Ordinal, surrogate.SizeTco2PerYear,
            surrogate.CapexJpy, surrogate.CreditingYears, surrogate.AnnuityWithoutCredits, surrogate.RiskPremium);

    /// <inheritdoc />
    public OpportunityBookSurrogate ConvertToSurrogate(in OpportunityBook value) => new()
    {
        Year = value.Year,
        TrialStart = value.TrialStart,
        Country = value.Country,
        Sector = value.Sector,
        Ordinal = value.Ordinal,
        SizeTco2PerYear = value.SizeTco2PerYear,
        CapexJpy = value.CapexJpy,
        CreditingYears = value.CreditingYears,
        AnnuityWithoutCredits = value.AnnuityWithoutCredits,
        RiskPremium = value.RiskPremium,
    };
}

/// <summary>In-silo calls pass <see cref="OpportunityBook"/> by reference: it is immutable once merged.</summary>
[RegisterCopier]
internal sealed class OpportunityBookCopier : ShallowCopier<OpportunityBook>;
