namespace JcmSim.Charts;

/// <summary>
/// Partner countries that had signed a bilateral JCM document, as reported
/// (source: moej-cop26-2021, mizutani-2022, moej-press-2025-06-30, kankyo-business-2025-11):
/// 17 by 2017-01-12 (Philippines, the 17th), 22 in mid-2022, 24 by 2022-10-25, 30 in 2025-06
/// (Bonn meeting), 31 in 2025-11 (COP30).
/// </summary>
internal static class PartnerHistory
{
    /// <summary>The reported counts, each at its date expressed in fiscal years.</summary>
    public static IReadOnlyList<PartnerHistoryPoint> Points { get; } =
    [
        new(new DateOnly(2017, 1, 12), 17, LabelBelow: false),
        // "mid-2022": taken as 1 July 2022.
        new(new DateOnly(2022, 7, 1), 22, LabelBelow: false),
        new(new DateOnly(2022, 10, 25), 24, LabelBelow: true),
        new(new DateOnly(2025, 6, 1), 30, LabelBelow: false),
        new(new DateOnly(2025, 11, 10), 31, LabelBelow: true),
    ];
}
