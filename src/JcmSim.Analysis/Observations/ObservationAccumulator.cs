using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;

namespace JcmSim.Analysis.Observations;

/// <summary>
/// Each modelled observation's reading per trial, kept while a scenario's blocks arrive, for the
/// 5–95 % bands of summary.json. Like the annual series: float32 per trial up to
/// <paramref name="exactTrials"/> trials (exact quantiles), then a <see cref="QuantileSketch"/> each
/// (within 0.1 %), fed in trial order so the bands do not depend on the block size.
/// </summary>
internal sealed class ObservationAccumulator(IReadOnlyList<ObservationReading> readings, IReadOnlyList<AnnualSeries> series, int trials, int exactTrials)
{
    private readonly int[][] _series = [.. readings.Select(r => r.SeriesIds.Select(id => IndexOf(series, id)).ToArray())];
    private readonly float[][] _exact = [.. readings.Select(r => r.IsModelled ? new float[Math.Min(trials, exactTrials)] : [])];
    private QuantileSketch[]? _sketches;
    private int _received;

    /// <summary>Reads every modelled observation from a block that starts at the next trial.</summary>
    public void Add(TrialBlockResult block)
    {
        if (_sketches is null && readings.Count > 0 && block.FirstTrial + block.Count > _exact.Max(e => e.Length))
        {
            _sketches = [.. readings.Select((r, k) => Sketch(_exact[k].AsSpan(0, r.IsModelled ? _received : 0)))];
        }

        for (var k = 0; k < readings.Count; k++)
        {
            if (!readings[k].IsModelled)
            {
                continue;
            }

            for (var i = 0; i < block.Count; i++)
            {
                var reading = (float)readings[k].Read(_series[k], block.FirstYear, (s, y) => block.Annual[s][block.At(y, i)]);
                if (_sketches is { } sketches)
                {
                    sketches[k].Add(reading);
                }
                else
                {
                    _exact[k][block.FirstTrial + i] = reading;
                }
            }
        }

        _received += block.Count;
    }

    /// <summary>Every observation beside its band over the trials received.</summary>
    public IReadOnlyList<ObservationComparison> Summarize()
    {
        var result = new ObservationComparison[readings.Count];
        for (var k = 0; k < readings.Count; k++)
        {
            var reading = readings[k];
            if (!reading.IsModelled || _received == 0)
            {
                result[k] = ObservationComparison.Of(reading.Observation, null, null, null, reading.NotModelledBecause);
                continue;
            }

            var band = _sketches is { } sketches
                ? sketches[k].Summarize(double.NaN)
                : Quantiles.SummarizeInPlace<float>(_exact[k].AsSpan(0, _received).ToArray());
            result[k] = ObservationComparison.Of(reading.Observation, band.P5, band.P50, band.P95, null);
        }

        return result;
    }

    private static QuantileSketch Sketch(ReadOnlySpan<float> kept)
    {
        var sketch = new QuantileSketch();
        foreach (var value in kept)
        {
            sketch.Add(value);
        }

        return sketch;
    }

    private static int IndexOf(IReadOnlyList<AnnualSeries> series, string id)
    {
        for (var s = 0; s < series.Count; s++)
        {
            if (series[s].Id == id)
            {
                return s;
            }
        }

        throw new ArgumentException($"The run has no annual series '{id}' to read an observation from.", nameof(series));
    }
}
