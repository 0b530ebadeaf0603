namespace JcmSim.Model.Finance;

/// <summary>
/// The one rule by which Japan's share of a project's credits follows who pays (MODEL.md §Finance):
/// the Japanese money (a subsidy, plus the Japanese share of the rest) over the project's capital,
/// but at least the programme's floor. The same rule for every channel, public or private.
/// </summary>
public static class JapanCreditShare
{
    /// <summary>
    /// J = max(floor, s + φ · (1 − s)), with s the subsidy's share of the capital and φ the
    /// Japanese share of the money the subsidy does not cover; all in [0, 1].
    /// </summary>
    /// <param name="subsidyShare">Subsidy ÷ capital expenditure (0 for a private channel).</param>
    /// <param name="japaneseShareOfRest">Japanese share of the unsubsidised money (the channel's <see cref="FinanceChannel.JapanContributionShare"/>).</param>
    /// <param name="floor">The programme's minimum share for Japan (<see cref="PublicProgrammeChannel.MinimumJapanCreditShare"/>; 0 for none).</param>
    public static double Of(double subsidyShare, double japaneseShareOfRest, double floor)
    {
        var s = Math.Clamp(subsidyShare, 0, 1);
        var share = s + (Math.Clamp(japaneseShareOfRest, 0, 1) * (1 - s));
        return Math.Max(Math.Clamp(floor, 0, 1), share);
    }
}
