using JcmSim.Model.Finance;
using Orleans.Serialization.Cloning;

namespace JcmSim.Grains.Serialization;

/// <summary>Wire form of <see cref="FundingDecisions"/>.</summary>
[GenerateSerializer, Immutable, Alias("jcm.funding-decisions")]
internal struct FundingDecisionsSurrogate
{
    [Id(0)] public int ChannelIndex;
    [Id(1)] public int[] Opportunity;
    [Id(2)] public double[] PublicJpy;
    [Id(3)] public double[] PrivateJpy;
    [Id(4)] public double[] JapanContributionShare;
    [Id(5)] public int[] Trial;
    [Id(6)] public int[] Country;
}

/// <summary>Converts <see cref="FundingDecisions"/> to and from its wire form.</summary>
[RegisterConverter]
internal sealed class FundingDecisionsConverter : IConverter<FundingDecisions, FundingDecisionsSurrogate>
{
    /// <inheritdoc />
    public FundingDecisions ConvertFromSurrogate(in FundingDecisionsSurrogate surrogate) =>
        new(surrogate.ChannelIndex, surrogate.Trial, surrogate.Country, surrogate.Opportunity, surrogate.PublicJpy, surrogate.PrivateJpy, surrogate.JapanContributionShare);

    /// <inheritdoc />
    public FundingDecisionsSurrogate ConvertToSurrogate(in FundingDecisions value) => new()
    {
        ChannelIndex = value.ChannelIndex,
        Trial = value.Trial,
        Country = value.Country,
        Opportunity = value.Opportunity,
        PublicJpy = value.PublicJpy,
        PrivateJpy = value.PrivateJpy,
        JapanContributionShare = value.JapanContributionShare,
    };
}

/// <summary>In-silo calls pass <see cref="FundingDecisions"/> by reference: each call builds new arrays and nobody writes to them.</summary>
[RegisterCopier]
internal sealed class FundingDecisionsCopier : ShallowCopier<FundingDecisions>;
