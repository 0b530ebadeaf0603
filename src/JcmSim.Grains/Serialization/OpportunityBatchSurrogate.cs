using JcmSim.Model.Countries;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="OpportunityBatch"/> (model types carry no Orleans attributes).</summary>
[GenerateSerializer, Immutable, Alias("jcm.opportunity-batch")]
internal struct OpportunityBatchSurrogate
{
    [Id(0)] public int[] TrialStart;
    [Id(1)] public int[] Sector;
    [Id(2)] public int[] Ordinal;
    [Id(3)] public double[] SizeTco2PerYear;
    [Id(4)] public double[] CapexJpy;
    [Id(5)] public int[] CreditingYears;
    [Id(6)] public double[] AnnuityWithoutCredits;
}

/// <summary>Converts <see cref="OpportunityBatch"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class OpportunityBatchConverter : IConverter<OpportunityBatch, OpportunityBatchSurrogate>
{
    /// <inheritdoc />
    public OpportunityBatch ConvertFromSurrogate(in OpportunityBatchSurrogate surrogate) =>
        new(surrogate.TrialStart, surrogate.Sector, surrogate.Ordinal, surrogate.SizeTco2PerYear, surrogate.CapexJpy,
            surrogate.CreditingYears, surrogate.AnnuityWithoutCredits);

    /// <inheritdoc />
    public OpportunityBatchSurrogate ConvertToSurrogate(in OpportunityBatch value) => new()
    {
        TrialStart = value.TrialStart,
        Sector = value.Sector[..value.Count],
        Ordinal = value.Ordinal[..value.Count],
        SizeTco2PerYear = value.SizeTco2PerYear[..value.Count],
        CapexJpy = value.CapexJpy[..value.Count],
        CreditingYears = value.CreditingYears[..value.Count],
        AnnuityWithoutCredits = value.AnnuityWithoutCredits[..value.Count],
    };
}

/// <summary>In-silo calls pass <see cref="OpportunityBatch"/> by reference: channels read it within the year, before the country reuses its arrays.</summary>
[RegisterCopier]
internal sealed class OpportunityBatchCopier : ShallowCopier<OpportunityBatch>;
