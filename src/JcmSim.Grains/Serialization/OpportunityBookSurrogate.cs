using JcmSim.Model.Countries;
using JcmSim.Model.Finance;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="OpportunityBook"/> (its batches travel through their own surrogate).</summary>
[GenerateSerializer, Immutable, Alias("jcm.opportunity-book")]
internal struct OpportunityBookSurrogate
{
    [Id(0)] public int Year;
    [Id(1)] public OpportunityBatch[] Batches;
    [Id(2)] public double[][] RiskPremium;
    [Id(3)] public int[] Offsets;
    [Id(4)] public int[][] IssueFromYear;
    [Id(5)] public double[][] HostRetention;
}

/// <summary>Converts <see cref="OpportunityBook"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class OpportunityBookConverter : IConverter<OpportunityBook, OpportunityBookSurrogate>
{
    /// <inheritdoc />
    public OpportunityBook ConvertFromSurrogate(in OpportunityBookSurrogate surrogate) =>
        new(surrogate.Year, surrogate.Batches, surrogate.RiskPremium, surrogate.Offsets, surrogate.IssueFromYear, surrogate.HostRetention);

    /// <inheritdoc />
    public OpportunityBookSurrogate ConvertToSurrogate(in OpportunityBook value) => new()
    {
        Year = value.Year,
        Batches = value.Batches,
        RiskPremium = value.RiskPremium,
        Offsets = value.Offsets,
        IssueFromYear = value.IssueFromYear,
        HostRetention = value.HostRetention,
    };
}

/// <summary>In-silo calls pass <see cref="OpportunityBook"/> by reference: it is immutable once merged.</summary>
[RegisterCopier]
internal sealed class OpportunityBookCopier : ShallowCopier<OpportunityBook>;
