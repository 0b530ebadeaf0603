using JcmSim.Model.Observations;

namespace JcmSim.Analysis.Observations;

/// <summary>
/// One recorded observation beside the model's reading of it: an entry of <c>observations</c> in
/// summary.json. Quantiles are of the reading over the trials, in the observation's unit.
/// </summary>
/// <param name="FiscalYear">Fiscal year of the observation.</param>
/// <param name="AsOf">The date the value holds at, as recorded.</param>
/// <param name="Quantity">The observed quantity.</param>
/// <param name="Value">The recorded value.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Role">"calibration" or "validation".</param>
/// <param name="Source">Source ids (scenarios/sources.csv).</param>
/// <param name="Reading">What the model reports beside it (<see cref="ObservedQuantity.Reading"/>).</param>
/// <param name="P5">5 % quantile of the reading; null when not modelled.</param>
/// <param name="P50">Median of the reading; null when not modelled.</param>
/// <param name="P95">95 % quantile of the reading; null when not modelled.</param>
/// <param name="Verdict">Inside, below or above the 5–95 % band, or not modelled.</param>
/// <param name="NotModelledBecause">Why the model has no reading; null when it has one.</param>
public sealed record ObservationComparison(
    int FiscalYear,
    string AsOf,
    string Quantity,
    double Value,
    string Unit,
    string Role,
    string Source,
    string Reading,
    double? P5,
    double? P50,
    double? P95,
    ObservationVerdict Verdict,
    string? NotModelledBecause)
{
    /// <summary>The comparison of <paramref name="observation"/> with a band p5–p95 (null when not modelled, with <paramref name="notModelledBecause"/>).</summary>
    public static ObservationComparison Of(RecordedObservation observation, double? p5, double? p50, double? p95, string? notModelledBecause)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var verdict = p5 is not { } low || p95 is not { } high ? ObservationVerdict.NotModelled
            : observation.Value < low ? ObservationVerdict.Below
            : observation.Value > high ? ObservationVerdict.Above
            : ObservationVerdict.Inside;
        var quantity = ObservedQuantities.Find(observation.Quantity);
        return new ObservationComparison(
            observation.FiscalYear,
            observation.AsOf,
            observation.Quantity,
            observation.Value,
            observation.Unit,
            observation.Role == ObservationRole.Calibration ? "calibration" : "validation",
            observation.Source,
            quantity?.Reading ?? "none",
            p5,
            p50,
            p95,
            verdict,
            verdict == ObservationVerdict.NotModelled ? notModelledBecause ?? "no reading" : null);
    }
}
