using JcmSim.Analysis.Observations;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// The values of one scenario gathered while its blocks arrive, for the statistics of summary.json
/// and annual.parquet.
/// </summary>
/// <remarks>
/// The target quantiles are exact, so every trial's four readings of the cumulative at each target are
/// needed: they go to a <see cref="TargetReadingsFile"/> in the partial result folder (32 bytes a trial
/// and target, on disk), and their order statistics are found there by <see cref="RadixSelect"/> when
/// the scenario is summarised; means, target-met counts and first years met (a count per year) are
/// gathered as blocks arrive. The annual series are summarised without keeping every trial: the first
/// <see cref="ExactAnnualTrials"/> trials are kept as float32 (percentiles of annual Mt or counts need
/// no more than 7 significant digits), so runs up to that size get exact type-7 quantiles; once a run
/// grows beyond it, every series and year moves into a <see cref="QuantileSketch"/> (quantiles within
/// 0.1%, a few kB each). So memory stays flat however many trials follow. Sketches take the same
/// float32 values in trial order, so their quantiles do not depend on the block size. Means are summed
/// in double from the original values. Only one scenario's values are held at a time, plus the
/// reference scenario's readings file for the paired comparisons. All sums run in trial order, so
/// results do not depend on how trials were split into blocks.
/// </remarks>
internal sealed class ScenarioAccumulator : IDisposable
{
    /// <summary>Series whose sum from the accounting start to the last target year is the denominator of the Japan ITMO share.</summary>
    public const string CreditsIssuedSeriesId = "credits.issued";

    /// <summary>Trials up to which annual quantiles are exact; beyond, they come from quantile sketches.</summary>
    public const int ExactAnnualTrials = 16_384;

    private const double Confidence = 0.95;

    private readonly double[] _thresholdsMt;
    private readonly bool[] _stored;
    private static readonly TargetReading[] Readings = Enum.GetValues<TargetReading>();

    // Every trial's readings, on disk; in memory their sums in trial order (for the means, as a span's would be).
    private readonly TargetReadingsFile _readings;

    // [(int)reading][target].
    private readonly double[][] _readingSumsMt;

    // Σ max(0, threshold − tested cumulative), in trial order, per target.
    private readonly double[] _shortfallSumsMt;
    private readonly int[] _met;

    // Per target: trials by first fiscal year met (0 = never).
    private readonly Dictionary<int, int>[] _firstYearMet;
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

    /// <summary>Prepares for the scenario's blocks; its trials' readings go to a file named after <paramref name="fileName"/> in <paramref name="directory"/>.</summary>
    public ScenarioAccumulator(ScenarioRunDescriptor descriptor, string directory, string fileName)
    {
        Descriptor = descriptor;
        var targets = descriptor.Targets.Count;
        _thresholdsMt = descriptor.Targets.Select(t => t.ThresholdMt).ToArray();
        _limit = descriptor.Trials;
        _readingSumsMt = Readings.Select(_ => new double[targets]).ToArray();
        _shortfallSumsMt = new double[targets];
        _met = new int[targets];
        _firstYearMet = Enumerable.Range(0, targets).Select(_ => new Dictionary<int, int>()).ToArray();
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

        // Last: nothing above can throw and leave the file open.
        _readings = new TargetReadingsFile(directory, fileName, targets);
    }

    public ScenarioRunDescriptor Descriptor { get; }

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

    /// <summary>Whether the tested cumulative <paramref name="cumulativeMt"/> meets target <paramref name="target"/>: ≥ threshold.</summary>
    public bool Met(int target, double cumulativeMt) => cumulativeMt >= _thresholdsMt[target];

    /// <summary>The column of <see cref="ReadingsFile"/> holding the cumulative the targets are tested against at <paramref name="target"/>.</summary>
    public int TestedColumn(int target) => TargetReadingsFile.Column(target, Descriptor.Reading);

    /// <summary>Every trial's readings received so far, rows 0 … <see cref="Received"/> − 1.</summary>
    public TargetReadingsFile ReadingsFile => _readings;

    /// <summary>Takes a validated block that starts at trial <see cref="Received"/>.</summary>
    public void Add(TrialBlockResult block)
    {
        var first = block.FirstTrial;
        _readings.Append(block);
        var tested = (int)Descriptor.Reading;
        for (var t = 0; t < _thresholdsMt.Length; t++)
        {
            for (var r = 0; r < _readingSumsMt.Length; r++)
            {
                var sum = _readingSumsMt[r][t];
                foreach (var value in block.ReadingsMt[r][t].AsSpan(0, block.Count))
                {
                    sum += value;
                }

                _readingSumsMt[r][t] = sum;
            }

            var threshold = _thresholdsMt[t];
            var shortfall = _shortfallSumsMt[t];
            foreach (var value in block.ReadingsMt[tested][t].AsSpan(0, block.Count))
            {
                shortfall += Math.Max(0.0, threshold - value);
                _met[t] += value >= threshold ? 1 : 0;
            }

            _shortfallSumsMt[t] = shortfall;
            var trialsByYear = _firstYearMet[t];
            foreach (var year in block.FirstYearMet[t].AsSpan(0, block.Count))
            {
                trialsByYear[year] = trialsByYear.GetValueOrDefault(year) + 1;
            }
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
        var ranks = Quantiles.SummaryRanks(n);

        // The shortfall max(0, threshold − cumulative) falls as the cumulative rises: its rank k is the
        // value at the cumulative's rank n − 1 − k, so the tested column is asked for those ranks too.
        var mirrored = ranks.Select(k => n - 1 - k).ToArray();
        var sought = new int[_readings.Columns][];
        for (var t = 0; t < _thresholdsMt.Length; t++)
        {
            foreach (var reading in Readings)
            {
                sought[TargetReadingsFile.Column(t, reading)] = reading == Descriptor.Reading ? [.. ranks, .. mirrored] : ranks;
            }
        }

        var found = RadixSelect.Select(_readings.Columns, n, sought, pass => _readings.ForEachChunk(n, pass));
        Func<int, double> OrderStatistic(int column)
        {
            var values = new Dictionary<int, double>();
            for (var i = 0; i < sought[column].Length; i++)
            {
                values[sought[column][i]] = found[column][i];
            }

            return rank => values[rank];
        }

        var targets = new TargetSummary[_thresholdsMt.Length];
        for (var t = 0; t < targets.Length; t++)
        {
            var threshold = _thresholdsMt[t];
            var met = _met[t];
            var interval = WilsonInterval.Compute(met, n, Confidence);
            var readings = Readings.Select(r => Quantiles.SummarizeFromOrderStatistics(n, OrderStatistic(TargetReadingsFile.Column(t, r)), _readingSumsMt[(int)r][t])).ToArray();
            var cumulativeSummary = readings[(int)Descriptor.Reading];
            var japanSummary = readings[(int)TargetReading.JapanItmos];
            var cumulative = OrderStatistic(TestedColumn(t));
            var shortfallSummary = Quantiles.SummarizeFromOrderStatistics(n, k => Math.Max(0.0, threshold - cumulative(n - 1 - k)), _shortfallSumsMt[t]);

            targets[t] = new TargetSummary(
                Descriptor.Targets[t].FiscalYear,
                threshold,
                (double)met / n,
                interval.Low,
                interval.High,
                cumulativeSummary,
                japanSummary,
                shortfallSummary,
                FirstYearMet(_firstYearMet[t], n))
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

    /// <summary>Deletes the readings file.</summary>
    public void Dispose() => _readings.Dispose();

    private static FirstYearMetSummary FirstYearMet(Dictionary<int, int> trialsByYear, int n)
    {
        // "Never" (0) ranks after every year, so the median is the year by which half the trials met.
        var ranked = trialsByYear.Select(p => (Value: p.Key == 0 ? double.PositiveInfinity : p.Key, Trials: p.Value)).OrderBy(p => p.Value).ToArray();
        var reached = ranked.Where(p => double.IsFinite(p.Value)).Sum(p => p.Trials);
        var median = Quantiles.Type7FromOrderStatistics(n, 0.5, rank =>
        {
            foreach (var (value, trials) in ranked)
            {
                if (rank < trials)
                {
                    return value;
                }

                rank -= trials;
            }

            throw new InvalidOperationException($"Rank {rank} is beyond the {n} trials.");
        });
        return new FirstYearMetSummary((double)reached / n, double.IsFinite(median) ? median : null);
    }
}
