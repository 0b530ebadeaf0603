using System.Collections.Concurrent;
using System.Threading.Channels;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// Writes the result files of a run (README "The command line") into a folder, usually <see cref="ResultFolder.TempPath"/>:
/// trials.parquet and trials.csv stream as blocks arrive; <see cref="CompleteAsync"/> adds summary.json,
/// summary.md, annual.parquet and manifest.json.
/// </summary>
/// <remarks>
/// <para>
/// Blocks must arrive in trial order, one scenario after another: all trials 0 … Trials − 1 of
/// scenario 0, then of scenario 1, and so on. Trial rows are buffered into row groups of exactly
/// <see cref="TrialsRowGroupRows"/> rows whatever the block size, so the files' bytes depend only on
/// the trials' values. A background task encodes full row groups while the caller keeps simulating;
/// at most a few row groups are in memory, so these two files need memory independent of the trial count.
/// <see cref="Add"/> and <see cref="CompleteAsync"/> are called from one caller at a time, not concurrently.
/// </para>
/// <para>
/// The target statistics are exact, so every trial's readings of the cumulative at each target are kept,
/// not in memory but in a temporary file of the folder (<see cref="TargetReadingsFile"/>, 32 bytes a trial
/// and target, deleted before <see cref="CompleteAsync"/> returns), and their quantiles are selected there.
/// Annual series keep one float32 per trial for the first <see cref="ExactAnnualQuantileTrials"/>
/// trials (exact quantiles), then move into quantile sketches (within 0.1%), so their memory is flat
/// however many trials follow; means are summed in double from the original values. A scenario's
/// values are summarised and released when the next scenario starts; only the reference scenario's
/// readings file stays, for the paired comparisons. So the writer's memory does not grow with the
/// trials. All sums run in trial order, so no result depends on the block size.
/// </para>
/// </remarks>
public sealed class RunResultWriter : IAsyncDisposable
{
    /// <summary>Rows per row group of trials.parquet (and annual.parquet).</summary>
    public const int TrialsRowGroupRows = ResultParquet.RowGroupRows;

    /// <summary>Trials per scenario up to which annual.parquet quantiles are exact; beyond, they are within 0.1% (<see cref="Statistics.QuantileSketch"/>).</summary>
    public const int ExactAnnualQuantileTrials = ScenarioAccumulator.ExactAnnualTrials;

    private const double Confidence = 0.95;

    // Common trials of two scenarios compared at a time: 8,192 (64 kB of each).
    private const int ComparisonChunk = 8192;

    // Two full row groups may wait for the encoder before Add blocks: enough to overlap simulation
    // with encoding, little enough to bound memory.
    private const int PendingRowGroups = 2;

    private readonly string _directory;
    private readonly IReadOnlyList<ScenarioRunDescriptor> _scenarios;
    private readonly double[][] _thresholdsMt;
    private readonly int _targetCount;
    private readonly Channel<TrialRowBuffer> _pending;
    private readonly ConcurrentQueue<TrialRowBuffer> _free = new();
    private readonly Task _encoder;
    private readonly List<ScenarioSummary> _summaries = [];
    private readonly List<ScenarioComparison> _comparisons = [];
    private readonly List<AnnualRow> _annualRows = [];
    private TrialRowBuffer _rows;
    private int _current;
    private ScenarioAccumulator _accumulator;
    private ScenarioAccumulator? _reference;
    private bool _completed;
    private bool _disposed;

    /// <summary>
    /// Opens trials.parquet and trials.csv in <paramref name="directory"/> for the given scenarios.
    /// </summary>
    /// <param name="directory">An existing folder, normally <see cref="ResultFolder.TempPath"/>.</param>
    /// <param name="scenarios">The run's scenarios in the order their blocks will arrive; the first is the comparison reference.</param>
    /// <exception cref="ArgumentException">
    /// No scenario; a name empty or repeated; fewer than one trial or year; target years repeated within
    /// a scenario or not the same across scenarios; series ids repeated.
    /// </exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="directory"/> does not exist.</exception>
    public RunResultWriter(string directory, IReadOnlyList<ScenarioRunDescriptor> scenarios)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(scenarios);
        Validate(scenarios);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The result folder '{directory}' does not exist.");
        }

        _directory = directory;
        _scenarios = scenarios.ToArray();
        _thresholdsMt = _scenarios.Select(s => s.Targets.Select(t => t.ThresholdMt).ToArray()).ToArray();
        _targetCount = _scenarios[0].Targets.Count;
        _accumulator = new ScenarioAccumulator(_scenarios[0], directory, "0");
        _rows = new TrialRowBuffer(TrialsRowGroupRows, _targetCount);
        _pending = Channel.CreateBounded<TrialRowBuffer>(new BoundedChannelOptions(PendingRowGroups)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        var parquet = new FileStream(Path.Combine(directory, ResultFileNames.TrialsParquet), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
        FileStream csv;
        try
        {
            csv = new FileStream(Path.Combine(directory, ResultFileNames.TrialsCsv), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);
        }
        catch
        {
            parquet.Dispose();
            throw;
        }

        var targetYears = _scenarios[0].Targets.Select(t => t.FiscalYear).ToArray();

        // Task.Run: the encoder must not depend on the caller's scheduler (e.g. an Orleans grain's),
        // because Add may block on it when the encoder falls behind.
        _encoder = Task.Run(() => EncodeAsync(parquet, csv, targetYears));
    }

    /// <summary>
    /// Adds the next block of trials of scenario <paramref name="scenarioIndex"/>; its trial rows are
    /// written to trials.parquet and trials.csv as row groups fill.
    /// </summary>
    /// <param name="scenarioIndex">Index of the block's scenario in the constructor's list.</param>
    /// <param name="block">The block; must start at the scenario's next trial, or at trial 0 of the next scenario once the current one is complete.</param>
    /// <exception cref="InvalidOperationException">The block is out of order, goes beyond the scenario's trials, or the writer was completed.</exception>
    /// <exception cref="ArgumentException">The block's shape does not match the scenario, or it holds a non-finite value.</exception>
    /// <exception cref="IOException">Writing the trial files failed.</exception>
    public void Add(int scenarioIndex, TrialBlockResult block)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(block);
        if (_completed)
        {
            throw new InvalidOperationException("The run's results have already been completed.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(scenarioIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(scenarioIndex, _scenarios.Count);
        var startsNext = scenarioIndex == _current + 1 && _accumulator.IsComplete && block.FirstTrial == 0;
        var continues = scenarioIndex == _current && !_accumulator.IsComplete && block.FirstTrial == _accumulator.Received;
        if (!startsNext && !continues)
        {
            throw new InvalidOperationException(
                $"Trial blocks must arrive in trial order, one scenario after another: expected {Expected()}, " +
                $"got trial {block.FirstTrial} of scenario '{_scenarios[scenarioIndex].Name}'.");
        }

        var descriptor = _scenarios[scenarioIndex];
        var start = startsNext ? 0 : _accumulator.Received;
        if (block.Count > descriptor.Trials - start)
        {
            throw new InvalidOperationException(
                $"Scenario '{descriptor.Name}' has {descriptor.Trials} trials, but the block holds trials {block.FirstTrial} to {block.FirstTrial + block.Count - 1}.");
        }

        CheckBlock(descriptor, block);
        if (startsNext)
        {
            FinishScenario();
            _current = scenarioIndex;
            _accumulator = new ScenarioAccumulator(descriptor, _directory, scenarioIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _accumulator.Add(block);
        for (var offset = 0; offset < block.Count;)
        {
            offset += _rows.Append(descriptor.Name, _thresholdsMt[scenarioIndex], block, offset);
            if (_rows.IsFull)
            {
                Send();
            }
        }
    }

    /// <summary>
    /// Ends scenario <paramref name="scenarioIndex"/> at the trials it has received, fewer than its
    /// descriptor's <see cref="ScenarioRunDescriptor.Trials"/> (then an upper bound): a run that stops
    /// once its estimates are precise enough. Its summary counts the trials received; comparisons pair
    /// the trials both scenarios have.
    /// </summary>
    /// <param name="scenarioIndex">The scenario receiving blocks now.</param>
    /// <exception cref="InvalidOperationException">It is not the current scenario, or has no trial yet.</exception>
    public void StopScenario(int scenarioIndex)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (scenarioIndex != _current || _accumulator.Received == 0)
        {
            throw new InvalidOperationException($"Only the scenario receiving blocks, once it has trials, can stop: expected {Expected()}.");
        }

        _accumulator.Stop();
    }

    /// <summary>
    /// Finishes trials.parquet and trials.csv and writes summary.json, summary.md, annual.parquet and
    /// manifest.json.
    /// </summary>
    /// <param name="manifest">The run's provenance, written as manifest.json.</param>
    /// <returns>The summary written to summary.json.</returns>
    /// <exception cref="InvalidOperationException">A scenario has not received all its trials, or the writer was completed.</exception>
    public async Task<RunSummary> CompleteAsync(RunManifest manifest)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(manifest);
        if (_completed)
        {
            throw new InvalidOperationException("The run's results have already been completed.");
        }

        if (_current != _scenarios.Count - 1 || !_accumulator.IsComplete)
        {
            throw new InvalidOperationException($"The run is incomplete: expected {Expected()}.");
        }

        _completed = true;

        // The last trials go to the encoder first: it finishes trials.parquet and trials.csv on its own thread while
        // the summaries are made and written here, and annual.parquet on another (a short run's charts wait for all of it).
        if (_rows.Count > 0)
        {
            Send();
        }

        _pending.Writer.TryComplete();
        FinishScenario();
        ReleaseReadings();
        var summary = new RunSummary(_summaries.ToArray(), _comparisons.ToArray());
        var annual = Task.Run(() => AnnualParquetFile.WriteAsync(Path.Combine(_directory, ResultFileNames.AnnualParquet), _annualRows, CancellationToken.None));
        try
        {
            await SummaryJson.WriteAsync(Path.Combine(_directory, ResultFileNames.SummaryJson), summary).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(_directory, ResultFileNames.SummaryMarkdown), SummaryMarkdown.Render(summary, manifest.Version)).ConfigureAwait(false);
            await ManifestJson.WriteAsync(Path.Combine(_directory, ResultFileNames.ManifestJson), manifest).ConfigureAwait(false);
        }
        catch
        {
            // This failure is the one reported, once annual.parquet and the trials files are no longer being written into the folder.
            await Task.WhenAll(annual, _encoder).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        await annual.ConfigureAwait(false);
        await _encoder.ConfigureAwait(false);
        return summary;
    }

    /// <summary>
    /// Stops the background encoder and closes the trial files. Without <see cref="CompleteAsync"/> the
    /// folder holds partial files; discard it (<see cref="ResultFolder"/> does when not committed).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ReleaseReadings();
        _pending.Writer.TryComplete();
        try
        {
            await _encoder.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The encoder's failure has been reported by Add or CompleteAsync, or the run was
            // abandoned and its partial files are discarded; disposal must not mask the caller's exception.
        }
    }

    private async Task EncodeAsync(FileStream parquet, FileStream csv, int[] targetYears)
    {
        try
        {
            await using var sink = await TrialsFileSink.CreateAsync(parquet, csv, targetYears).ConfigureAwait(false);
            await foreach (var rows in _pending.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                await sink.WriteAsync(rows).ConfigureAwait(false);
                rows.Clear();
                _free.Enqueue(rows);
            }
        }
        catch (Exception e)
        {
            // Fail a producer waiting for room, and every later Add, with this error.
            _pending.Writer.TryComplete(e);
            throw;
        }
    }

    private void Send()
    {
        var full = _rows;
        _rows = _free.TryDequeue(out var reused) ? reused : new TrialRowBuffer(TrialsRowGroupRows, _targetCount);
        if (_pending.Writer.TryWrite(full))
        {
            return;
        }

        try
        {
            // Back-pressure: the encoder is PendingRowGroups behind. Blocking is safe because the
            // encoder runs on the thread pool, not on the caller's scheduler.
            _pending.Writer.WriteAsync(full).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException e)
        {
            throw new IOException($"Writing {ResultFileNames.TrialsParquet} and {ResultFileNames.TrialsCsv} failed: {e.InnerException?.Message ?? e.Message}", e.InnerException ?? e);
        }
    }

    private void FinishScenario()
    {
        _summaries.Add(_accumulator.Summarize());
        _annualRows.AddRange(_accumulator.SummarizeAnnual());
        if (_current == 0)
        {
            _reference = _accumulator;
            return;
        }

        var reference = _reference!;
        var other = _accumulator;
        var pairs = Math.Min(reference.Received, other.Received);
        var referenceChunk = new double[Math.Min(pairs, ComparisonChunk)];
        var otherChunk = new double[referenceChunk.Length];
        for (var t = 0; t < _targetCount; t++)
        {
            var target = t;

            // The tested cumulatives of both scenarios, trial by trial, a chunk of common trials at a time.
            void ReadPairs(Action<ReadOnlySpan<double>, ReadOnlySpan<double>> pass)
            {
                for (var first = 0; first < pairs; first += ComparisonChunk)
                {
                    var count = Math.Min(ComparisonChunk, pairs - first);
                    Column(reference.ReadingsFile.Read(first, count), reference.ReadingsFile.Columns, reference.TestedColumn(target), referenceChunk);
                    Column(other.ReadingsFile.Read(first, count), other.ReadingsFile.Columns, other.TestedColumn(target), otherChunk);
                    pass(referenceChunk.AsSpan(0, count), otherChunk.AsSpan(0, count));
                }
            }

            long onlyOther = 0;
            long onlyReference = 0;
            ReadPairs((referenceCumulative, otherCumulative) =>
            {
                for (var i = 0; i < referenceCumulative.Length; i++)
                {
                    var referenceMet = reference.Met(target, referenceCumulative[i]);
                    var otherMet = other.Met(target, otherCumulative[i]);
                    onlyOther += otherMet && !referenceMet ? 1 : 0;
                    onlyReference += referenceMet && !otherMet ? 1 : 0;
                }
            });

            _comparisons.Add(new ScenarioComparison(
                other.Descriptor.Name,
                reference.Descriptor.Name,
                other.Descriptor.Targets[t].FiscalYear,
                pairs,
                Estimate(PairedProportionDifference.Compute(onlyOther, onlyReference, pairs, Confidence)),
                pairs < 2 ? SinglePair(other.ReadingsFile.Read(0, 1)[other.TestedColumn(t)], reference.ReadingsFile.Read(0, 1)[reference.TestedColumn(t)]) : Estimate(PairedDifference.Compute(pairs, ReadPairs, Confidence))));
        }

        other.Dispose();
    }

    private static void Column(ReadOnlySpan<double> rows, int columns, int column, double[] destination)
    {
        for (var i = 0; i < rows.Length / columns; i++)
        {
            destination[i] = rows[(i * columns) + column];
        }
    }

    private void ReleaseReadings()
    {
        _accumulator.Dispose();
        _reference?.Dispose();
    }

    private static PairedEstimate Estimate(PairedDifferenceInterval interval) => new(interval.Mean, interval.Low, interval.High);

    // One pair of cumulative reductions has a difference but no variance, hence no interval.
    private static PairedEstimate SinglePair(double other, double reference) => new(other - reference, null, null);

    private string Expected() =>
        _accumulator.IsComplete && _current + 1 < _scenarios.Count
            ? $"trial 0 of scenario '{_scenarios[_current + 1].Name}'"
            : _accumulator.IsComplete
                ? "no more blocks"
                : $"trial {_accumulator.Received} of scenario '{_scenarios[_current].Name}'";

    private static void CheckBlock(ScenarioRunDescriptor descriptor, TrialBlockResult block)
    {
        if (block.CumulativeMt.Length != descriptor.Targets.Count || block.JapanItmoMt.Length != descriptor.Targets.Count || block.FirstYearMet.Length != descriptor.Targets.Count)
        {
            throw new ArgumentException($"The block has {block.CumulativeMt.Length} targets; scenario '{descriptor.Name}' has {descriptor.Targets.Count}.", nameof(block));
        }

        if (block.TestedReading != descriptor.Reading)
        {
            throw new ArgumentException($"The block tests its targets against {block.TestedReading}; scenario '{descriptor.Name}' against {descriptor.Reading}.", nameof(block));
        }

        if (block.Annual.Length != descriptor.Series.Count)
        {
            throw new ArgumentException($"The block has {block.Annual.Length} annual series; scenario '{descriptor.Name}' has {descriptor.Series.Count}.", nameof(block));
        }

        if (block.FirstYear != descriptor.FirstYear || block.Years != descriptor.Years)
        {
            throw new ArgumentException(
                $"The block covers FY{block.FirstYear} and {block.Years} years; scenario '{descriptor.Name}' covers FY{descriptor.FirstYear} and {descriptor.Years} years.",
                nameof(block));
        }

        for (var t = 0; t < descriptor.Targets.Count; t++)
        {
            foreach (var reading in Enum.GetValues<TargetReading>())
            {
                CheckFinite(block.Reading(reading)[t].AsSpan(0, block.Count), descriptor, $"{reading} to FY{descriptor.Targets[t].FiscalYear}");
            }
        }

        for (var s = 0; s < descriptor.Series.Count; s++)
        {
            CheckFinite(block.Annual[s].AsSpan(0, block.Count * block.Years), descriptor, $"annual series '{descriptor.Series[s].Id}'");
        }
    }

    private static void CheckFinite(ReadOnlySpan<double> values, ScenarioRunDescriptor descriptor, string what)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Scenario '{descriptor.Name}': {what} holds {values[i]} (element {i}); result values must be finite.", "block");
            }
        }
    }

    private static void Validate(IReadOnlyList<ScenarioRunDescriptor> scenarios)
    {
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("A run needs at least one scenario.", nameof(scenarios));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var years = scenarios[0].Targets.Select(t => t.FiscalYear).ToArray();
        foreach (var scenario in scenarios)
        {
            if (string.IsNullOrWhiteSpace(scenario.Name) || !names.Add(scenario.Name))
            {
                throw new ArgumentException($"Scenario names must be non-empty and unique; '{scenario.Name}' is not.", nameof(scenarios));
            }

            if (scenario.Trials < 1 || scenario.Years < 1)
            {
                throw new ArgumentException($"Scenario '{scenario.Name}' needs at least one trial and one year (has {scenario.Trials} and {scenario.Years}).", nameof(scenarios));
            }

            var scenarioYears = scenario.Targets.Select(t => t.FiscalYear).ToArray();
            if (scenarioYears.Distinct().Count() != scenarioYears.Length)
            {
                throw new ArgumentException($"Scenario '{scenario.Name}' repeats a target year; each target year names columns of {ResultFileNames.TrialsParquet}.", nameof(scenarios));
            }

            if (!scenarioYears.SequenceEqual(years))
            {
                throw new ArgumentException(
                    $"All scenarios of a run must have the same target years in the same order; '{scenario.Name}' has FY{string.Join(", FY", scenarioYears)}, '{scenarios[0].Name}' FY{string.Join(", FY", years)}.",
                    nameof(scenarios));
            }

            if (scenario.Series.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count() != scenario.Series.Count)
            {
                throw new ArgumentException($"Scenario '{scenario.Name}' repeats an annual series id.", nameof(scenarios));
            }
        }
    }
}
