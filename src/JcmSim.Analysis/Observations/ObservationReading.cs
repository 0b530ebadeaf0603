using JcmSim.Model.Observations;

namespace JcmSim.Analysis.Observations;

/// <summary>
/// A recorded observation with what a run reads for it: the annual series summed (ids of
/// <see cref="JcmSim.Model.Outcomes.AnnualSeries"/>), how, and the factor from the series' unit to
/// the observation's; or why the run has no reading.
/// </summary>
/// <param name="Observation">The recorded observation.</param>
/// <param name="Kind">How the series are read.</param>
/// <param name="SeriesIds">The series summed; empty when not modelled.</param>
/// <param name="UnitFactor">Observation unit per series unit (10⁶ t per Mt for credits in tCO2, else 1).</param>
/// <param name="NotModelledBecause">Why there is no reading; null when there is one.</param>
public sealed record ObservationReading(
    RecordedObservation Observation,
    ObservationReadingKind Kind,
    IReadOnlyList<string> SeriesIds,
    double UnitFactor,
    string? NotModelledBecause)
{
    /// <summary>True when the run reads the observation.</summary>
    public bool IsModelled => NotModelledBecause is null;

    /// <summary>
    /// The reading of one trial: the series of <paramref name="series"/> (by series index; years from
    /// <paramref name="firstYear"/>, one value per year from <paramref name="value"/>) read as <see cref="Kind"/>.
    /// </summary>
    /// <param name="series">Indexes of <see cref="SeriesIds"/> in the run's series.</param>
    /// <param name="firstYear">First fiscal year of the series.</param>
    /// <param name="value">The value of a series (index) in a year index.</param>
    public double Read(IReadOnlyList<int> series, int firstYear, Func<int, int, double> value)
    {
        var at = Observation.FiscalYear - firstYear;
        var total = 0.0;
        foreach (var s in series)
        {
            if (Kind == ObservationReadingKind.RunningCount)
            {
                var before = at > 0 ? value(s, at - 1) : 0;
                total += before + (Observation.YearFraction * (value(s, at) - before));
                continue;
            }

            if (Kind == ObservationReadingKind.Cumulative)
            {
                for (var y = 0; y < at; y++)
                {
                    total += value(s, y);
                }
            }

            total += Kind == ObservationReadingKind.Level ? value(s, at) : Observation.YearFraction * value(s, at);
        }

        return total * UnitFactor;
    }
}
