using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// The values of one scenario kept in memory while its blocks arrive, for the statistics of
/// summary.json and annual.parquet.
/// </summary>
/// <remarks>
/// Memory per scenario: 36 bytes per trial per target (the four readings of the cumulative as doubles,
/// first year met as int) — the target quantiles are exact, so every value is needed: 72 MB for two
/// targets and a million trials. The annual series are summarised without keeping every trial: the first
/// <see cref="ExactAnnualTrials"/> trials are kept as float32 (percentiles of annual Mt or counts need
/// no more than 7 significant digits), so runs up to that size get exact type-7 quantiles; once a run
/// grows beyond it, every series and year moves into a <see cref="QuantileSketch"/> (quantiles within
/// 0.1%, a few kB each), and memory stays flat however many trials follow. Sketches take the same
/// float32 values in trial order, so their quantiles do not depend on the block size. Means are summed
/// in double from the original values. Only one scenario's values are held at a time, plus the
/// reference scenario's per-target values for the paired comparisons. All sums run in trial order, so
/// results do not depend on how trials were split into blocks.
/// </remarks>
internal sealed class ScenarioAccumulator
{
    /// <summary>Series whose sum from the accounting start to the last target year is the denominator of the Japan ITMO share.</summary>
    public const string CreditsIssuedSeriesId = "credits.issued";

    /// <summary>Trials up to which annual quantiles are exact; beyond, they come from quantile sketches.</summary>
    public const int ExactAnnualTrials = 16_384;

    private const double Confidence = 0.95;
    private const int InitialCapacity = 4096;

    private readonly double[] _thresholdsMt;
    private readonly bool[] _stored;
    private static readonly TargetReading[] Readings = Enum.GetValues<TargetReading>();

    // [(int)reading][target][trial]; the tested reading's rows are what the targets are tested against.
    private readonly double[][][] _readingsMt;
    private int[][] _firstYearMet;
    private readonly int _lastTarget;
    private readonly int _issuedSeries;
    private readonly int _issuedFromYearIndex;
    private readonly int _issuedToYearIndex;
    private readonly ObservationAccumulator _observations;
    private float[][]? _annual;
    private QuantileSketch[]? _sketches;
    private double[]? _annualSums;
    private int _limit;
    private double _japanItmoTotalMt;
    private double _issuedTotalMt;

    public ScenarioAccumulator(ScenarioRunDescriptor descriptor)
    {
        Descriptor = descriptor;
        var targets = descriptor.Targets.Count;
        _thresholdsMt = descriptor.Targets.Select(t => t.ThresholdMt).ToArray();
        _limit = descriptor.Trials;
        var capacity = Math.Min(descriptor.Trials, InitialCapacity);
        _readingsMt = Readings.Select(_ => Jagged<double>(targets, capacity)).ToArray();
        _firstYearMet = Jagged<int>(targets, capacity);
        _annual = new float[descriptor.Series.Count * descriptor.Years][];

        // Mean-only series (MeanOnly) are summed, never stored per trial.
        _stored = Enumerable.Range(0, _annual.Length).Select(k => !descriptor.Series[k / descriptor.Years].MeanOnly).ToArray();
        var exact = Math.Min(descriptor.Trials, ExactAnnualTrials);
        for (var k = 0; k < _annual.Length; k++)
        {
            _annual[k] = _stored[k] ? new float[exact] : [];
        }

        _annualSums = new double[descriptor.Series.Count * descriptor.Years];
        _observations = new ObservationAccumulator(descriptor.Observations, descriptor.Series, descriptor.Trials, ExactAnnualTrials);

        _lastTarget = -1;
        for (var t = 0; t < targets; t++)
        {
            if (_lastTarget < 0 || descriptor.Targets[t].FiscalYear > descriptor.Targets[_lastTarget].FiscalYear)
            {
                _lastTarget = t;
            }
        }

        _issuedSeries = -1;
        for (var s = 0; s < descriptor.Series.Count; s++)
        {
            if (descriptor.Series[s].Id == CreditsIssuedSeriesId)
            {
                _issuedSeries = s;
            }
        }

        // Issued credits are counted over the same span as Japan's cumulative ITMOs: from the
        // accounting start to the last target year, clipped to the years the series cover.
        _issuedFromYearIndex = Math.Max(descriptor.AccountingStartYear, descriptor.FirstYear) - descriptor.FirstYear;
        _issuedToYearIndex = _lastTarget < 0
            ? -1
            : Math.Min(descriptor.Targets[_lastTarget].FiscalYear, descriptor.FirstYear + descriptor.Years - 1) - descriptor.FirstYear;
    }

    public ScenarioRunDescriptor Descriptor { get; }

    private double[][] TestedMt => _readingsMt[(int)Descriptor.Reading];

    /// <summary>Trials received so far: trials 0 … Received − 1.</summary>
    public int Received { get; private set; }

    /// <summary>True once every trial has arrived: <see cref="ScenarioRunDescriptor.Trials"/>, or fewer after <see cref="Stop"/>.</summary>
    public bool IsComplete => Received == _limit;

    /// <summary>Ends the scenario at the trials received so far (a run that stops once its estimates are precise enough).</summary>
    /// <exception cref="InvalidOperationException">No trial has arrived.</exception>
    public void Stop()
    {
        if (Received == 0)
        {
            throw new InvalidOperationException($"Scenario '{Descriptor.Name}' cannot stop before its first trial.");
        }

        _limit = Received;
    }

    /// <summary>Whether trial <paramref name="trial"/> met target <paramref name="target"/>: cumulative at the target year ≥ threshold.</summary>
    public bool Met(int target, int trial) => TestedMt[target][trial] >= _thresholdsMt[target];

    /// <summary>The cumulative the targets are tested against at target <paramref name="target"/>, in trial order.</summary>
    public ReadOnlySpan<double> CumulativeMt(int target) => TestedMt[target].AsSpan(0, Received);

    /// <summary>Copies a validated block that starts at trial <see cref="Received"/>.</summary>
    public void Add(TrialBlockResult block)
    {
        var first = block.FirstTrial;
        EnsureCapacity(first + block.Count);
        for (var t = 0; t < _thresholdsMt.Length; t++)
        {
            for (var r = 0; r < _readingsMt.Length; r++)
            {
                block.ReadingsMt[r][t].AsSpan(0, block.Count).CopyTo(_readingsMt[r][t].AsSpan(first));
            }

            block.FirstYearMet[t].AsSpan(0, block.Count).CopyTo(_firstYearMet[t].AsSpan(first));
        }

        if (_sketches is null && first + block.Count > ExactAnnualTrials)
        {
            MoveToSketches();
        }

        var annual = _annual;
        var sketches = _sketches;
        var sums = _annualSums!;
        var years = Descriptor.Years;
        for (var s = 0; s < Descriptor.Series.Count; s++)
        {
            for (var y = 0; y < years; y++)
            {
                var k = (s * years) + y;
                var source = block.Annual[s].AsSpan(block.At(y, 0), block.Count);
                var sum = sums[k];
                if (!_stored[k])
                {
                    foreach (var value in source)
                    {
                        sum += value;
                    }
                }
                else if (sketches is not null)
                {
                    var sketch = sketches[k];
                    foreach (var value in source)
                    {
                        sketch.Add((float)value);
                        sum += value;
                    }
                }
                else
                {
                    var target = annual![k].AsSpan(first, block.Count);
                    for (var i = 0; i < source.Length; i++)
                    {
                        target[i] = (float)source[i];
                        sum += source[i];
                    }
                }

                sums[k] = sum;
            }
        }

        for (var i = 0; i < block.Count; i++)
        {
            if (_lastTarget >= 0)
            {
                _japanItmoTotalMt += block.JapanItmoMt[_lastTarget][i];
            }

            if (_issuedSeries >= 0)
            {
                var issued = 0.0;
                for (var y = _issuedFromYearIndex; y <= _issuedToYearIndex; y++)
                {
                    issued += block.Annual[_issuedSeries][block.At(y, i)];
                }

                _issuedTotalMt += issued;
            }
        }

        _observations.Add(block);
        Received += block.Count;
    }

    /// <summary>The scenario's entry of summary.json.</summary>
    public ScenarioSummary Summarize()
    {
        var n = Received;
        var scratch = new double[n];
        var targets = new TargetSummary[_thresholdsMt.Length];
        for (var t = 0; t < targets.Length; t++)
        {
            var threshold = _thresholdsMt[t];
            var cumulative = TestedMt[t].AsSpan(0, n);
            var met = 0;
            foreach (var value in cumulative)
            {
                if (value >= threshold)
                {
                    met++;
                }
            }

            var interval = WilsonInterval.Compute(met, n, Confidence);
            var cumulativeSummary = Summary(cumulative, scratch);
            var readings = Readings.Select(r => Summary(_readingsMt[(int)r][t].AsSpan(0, n), scratch)).ToArray();
            var japanSummary = readings[(int)TargetReading.JapanItmos];
            for (var i = 0; i < n; i++)
            {
                scratch[i] = Math.Max(0.0, threshold - cumulative[i]);
            }

            var shortfallSummary = Quantiles.SummarizeInPlace<double>(scratch);

            targets[t] = new TargetSummary(
                Descriptor.Targets[t].FiscalYear,
                threshold,
                (double)met / n,
                interval.Low,
                interval.High,
                cumulativeSummary,
                japanSummary,
                shortfallSummary,
                FirstYearMet(_firstYearMet[t].AsSpan(0, n), scratch))
            {
                Readings = new TargetReadings(
                    readings[(int)TargetReading.ExpectedReductions],
                    readings[(int)TargetReading.RealisedReductions],
                    readings[(int)TargetReading.CreditsIssued],
                    readings[(int)TargetReading.JapanItmos]),
            };
        }

        double? share = _issuedTotalMt > 0 ? _japanItmoTotalMt / _issuedTotalMt : null;
        return new ScenarioSummary(Descriptor.Name, Descriptor.Title, n, Descriptor.Seed, Descriptor.AccountingStartYear, targets, share)
        {
            Reading = Descriptor.Reading,
            Observations = _observations.Summarize(),
        };
    }

    /// <summary>The scenario's rows of annual.parquet; releases the annual values afterwards.</summary>
    public IReadOnlyList<AnnualRow> SummarizeAnnual()
    {
        var sums = _annualSums ?? throw new InvalidOperationException("The annual values have already been summarised.");
        var annual = _annual;
        var sketches = _sketches;
        var years = Descriptor.Years;
        var n = Received;
        var rows = new AnnualRow[sums.Length];

        // Each (series, year) is independent and lands at a fixed index: parallel yet deterministic.
        Parallel.For(0, sums.Length, k =>
        {
            var mean = sums[k] / n;
            var summary = !_stored[k]
                ? new QuantileSummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, mean)
                : sketches is not null
                    ? sketches[k].Summarize(mean)
                    : Quantiles.SummarizeInPlace<float>(annual![k].AsSpan(0, n)) with { Mean = mean };
            var series = Descriptor.Series[k / years];
            rows[k] = new AnnualRow(Descriptor.Name, series.Id, series.Unit, Descriptor.FirstYear + (k % years), summary);
        });

        _annual = null;
        _sketches = null;
        _annualSums = null;
        return rows;
    }

    // The float values kept so far go into the sketches in trial order, as later values will.
    private void MoveToSketches()
    {
        var annual = _annual!;
        var sketches = new QuantileSketch[annual.Length];
        for (var k = 0; k < annual.Length; k++)
        {
            if (_stored[k])
            {
                var sketch = sketches[k] = new QuantileSketch();
                foreach (var value in annual[k].AsSpan(0, Received))
                {
                    sketch.Add(value);
                }
            }
        }

        _sketches = sketches;
        _annual = null;
    }

    private void EnsureCapacity(int trials)
    {
        if (trials <= _firstYearMet[0].Length)
        {
            return;
        }

        var capacity = (int)Math.Min(Math.Max(trials, 2L * _firstYearMet[0].Length), Math.Max(trials, Descriptor.Trials));
        for (var t = 0; t < _thresholdsMt.Length; t++)
        {
            foreach (var reading in _readingsMt)
            {
                Array.Resize(ref reading[t], capacity);
            }

            Array.Resize(ref _firstYearMet[t], capacity);
        }
    }

    private static QuantileSummary Summary(ReadOnlySpan<double> values, double[] scratch)
    {
        values.CopyTo(scratch);
        return Quantiles.SummarizeInPlace<double>(scratch);
    }

    private static FirstYearMetSummary FirstYearMet(ReadOnlySpan<int> firstYears, double[] scratch)
    {
        // "Never" (0) ranks after every year, so the median is the year by which half the trials met.
        var reached = 0;
        for (var i = 0; i < firstYears.Length; i++)
        {
            scratch[i] = firstYears[i] == 0 ? double.PositiveInfinity : firstYears[i];
            reached += firstYears[i] == 0 ? 0 : 1;
        }

        var median = Quantiles.Type7InPlace<double>(scratch, 0.5);
        return new FirstYearMetSummary((double)reached / firstYears.Length, double.IsFinite(median) ? median : null);
    }

    private static T[][] Jagged<T>(int rows, int columns)
    {
        var result = new T[rows][];
        for (var i = 0; i < rows; i++)
        {
            result[i] = new T[columns];
        }

        return result;
    }
}
