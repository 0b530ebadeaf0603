using JcmSim.Analysis.Statistics;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Every reading of the cumulative at one target year, over all trials (MODEL.md §Readings of the
/// target): quantiles and mean of each, MtCO2.
/// </summary>
/// <param name="ExpectedReductionsMt">Expected reductions of the projects selected so far, to the target year (the Ministry's tally, 想定GHG排出削減量).</param>
/// <param name="RealisedReductionsMt">Reductions realised inside live frameworks.</param>
/// <param name="CreditsIssuedMt">Credits issued.</param>
/// <param name="JapanItmosMt">Credits transferred to Japan (ITMOs).</param>
public sealed record TargetReadings(
    QuantileSummary ExpectedReductionsMt,
    QuantileSummary RealisedReductionsMt,
    QuantileSummary CreditsIssuedMt,
    QuantileSummary JapanItmosMt)
{
    /// <summary>The summary of one reading.</summary>
    public QuantileSummary Of(TargetReading reading) => reading switch
    {
        TargetReading.ExpectedReductions => ExpectedReductionsMt,
        TargetReading.RealisedReductions => RealisedReductionsMt,
        TargetReading.CreditsIssued => CreditsIssuedMt,
        TargetReading.JapanItmos => JapanItmosMt,
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Unknown reading of the target."),
    };
}
