namespace JcmSim.Model.Finance;

/// <summary>
/// The opportunities one channel funded in one year (book indices, with the trial offset and
/// country each belongs to), with the money committed and the Japanese share of the finance.
/// The arrays may be longer than <see cref="Count"/>: a channel reuses them from year to year, so a
/// decision list is valid until the channel's next step.
/// </summary>
/// <param name="ChannelIndex">The channel's position in the compiled scenario.</param>
/// <param name="Count">Number of projects funded: the first Count entries of every array.</param>
/// <param name="Trial">Trial offset per project.</param>
/// <param name="Country">Country index per project.</param>
/// <param name="Opportunity">Book index per project.</param>
/// <param name="PublicJpy">Public money committed, JPY.</param>
/// <param name="PrivateJpy">Private money committed, JPY.</param>
/// <param name="JapanContributionShare">Japan's share of the project's credits (MODEL.md §Finance, who pays).</param>
public sealed record FundingDecisions(
    int ChannelIndex,
    int Count,
    int[] Trial,
    int[] Country,
    int[] Opportunity,
    double[] PublicJpy,
    double[] PrivateJpy,
    double[] JapanContributionShare)
{
    /// <summary>The channel's money this year per trial offset, JPY (empty in a year it does not fund).</summary>
    public double[] AvailableJpy { get; init; } = [];

    /// <summary>The money it committed this year per trial offset, JPY (empty in a year it does not fund).</summary>
    public double[] CommittedJpy { get; init; } = [];

    /// <summary>A channel's decision list for a year in which it funds nothing.</summary>
    public static FundingDecisions None(int channelIndex) => new(channelIndex, 0, [], [], [], [], [], []);
}
