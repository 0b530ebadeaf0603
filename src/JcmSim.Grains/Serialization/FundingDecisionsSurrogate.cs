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
    [Id(7)] public double[] AvailableJpy;
    [Id(8)] public double[] CommittedJpy;
}

/// <summary>Converts <see cref="FundingDecisions"/> to and from its wire form (the first Count entries of the channel's reused arrays).</summary>
[RegisterConverter]
internal sealed class FundingDecisionsConverter : IConverter<FundingDecisions, FundingDecisionsSurrogate>
{
    /// <inheritdoc />
    public FundingDecisions ConvertFromSurrogate(in FundingDecisionsSurrogate surrogate) =>
        new(surrogate.ChannelIndex, surrogate.Trial.Length, surrogate.Trial, surrogate.Country, surrogate.Opportunity, surrogate.PublicJpy, surrogate.PrivateJpy, surrogate.JapanContributionShare)
        {
            AvailableJpy = surrogate.AvailableJpy,
            CommittedJpy = surrogate.CommittedJpy,
        };

    /// <inheritdoc />
    public FundingDecisionsSurrogate ConvertToSurrogate(in FundingDecisions value) => new()
    {
        ChannelIndex = value.ChannelIndex,
        Trial = value.Trial[..value.Count],
        Country = value.Country[..value.Count],
        Opportunity = value.Opportunity[..value.Count],
        PublicJpy = value.PublicJpy[..value.Count],
        PrivateJpy = value.PrivateJpy[..value.Count],
        JapanContributionShare = value.JapanContributionShare[..value.Count],
        AvailableJpy = value.AvailableJpy,
        CommittedJpy = value.CommittedJpy,
    };
}

/// <summary>In-silo calls pass <see cref="FundingDecisions"/> by reference: the block loop reads it within the year, before the channel reuses its arrays.</summary>
[RegisterCopier]
internal sealed class FundingDecisionsCopier : ShallowCopier<FundingDecisions>;
