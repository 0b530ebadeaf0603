namespace JcmSim.Model.Finance;

/// <summary>
/// The opportunities one channel funded in one year (book indices, with the trial offset and
/// country each belongs to), with the money committed and the Japanese share of the finance.
/// </summary>
public sealed record FundingDecisions(
    int ChannelIndex,
    int[] Trial,
    int[] Country,
    int[] Opportunity,
    double[] PublicJpy,
    double[] PrivateJpy,
    double[] JapanContributionShare)
{
    /// <summary>Number of projects funded.</summary>
    public int Count => Opportunity.Length;
}
