namespace JcmSim.Model.Credits;

/// <summary>
/// The split of one issuance: OMGE cancellation first, then Japan's share of the rest, the host
/// the remainder. Issued = Cancelled + Japan + Host by construction (up to rounding).
/// </summary>
public readonly record struct CreditSplit(double Issued, double Cancelled, double Japan, double Host)
{
    /// <summary>Splits <paramref name="issued"/> credits.</summary>
    /// <param name="issued">Credits issued.</param>
    /// <param name="omgeShare">Share cancelled for overall mitigation, in [0, 1].</param>
    /// <param name="japanShare">Japan's share of what remains, in [0, 1].</param>
    public static CreditSplit Of(double issued, double omgeShare, double japanShare)
    {
        var cancelled = issued * omgeShare;
        var net = issued - cancelled;
        var japan = net * japanShare;
        return new CreditSplit(issued, cancelled, japan, net - japan);
    }

    /// <summary>
    /// The split of a year's issuance when Japan's part is already known (projects differ in
    /// Japan's share, so it is summed per project): OMGE cancels its share, the host keeps the rest.
    /// </summary>
    public static CreditSplit FromJapan(double issued, double omgeShare, double japan)
    {
        var cancelled = issued * omgeShare;
        return new CreditSplit(issued, cancelled, japan, Math.Max(0, issued - cancelled - japan));
    }
}
