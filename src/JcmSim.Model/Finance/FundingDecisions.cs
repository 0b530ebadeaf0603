namespace JcmSim.Model.Finance;

/// <summary>
/// The opportunities one channel funded in one year (indices into the <see cref="OpportunityBook"/>
/// and the trial offset each belongs to), with the money committed and the Japanese share of the finance.
/// </summary>
public sealed record FundingDecisions(
    int ChannelIndex,
    int[] Trial,
    int[] Opportunity,
    double[] PublicJpy,
    double[] PrivateJpy,
    double[] JapanContributionShare)
{
    /// <summary>Number of projects funded.</summary>
    public int Count => Opportunity.Length;
}
