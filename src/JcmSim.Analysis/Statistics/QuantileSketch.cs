namespace JcmSim.Analysis.Statistics;

/// <summary>
/// A streaming quantile sketch with bounded memory and a guaranteed relative accuracy: every
/// quantile it returns is within <see cref="RelativeAccuracy"/> (0.1%) of a value of the sample at
/// the quantile's rank (the DDSketch of Masson, Rim and Lee, "DDSketch: a fast and fully-mergeable
/// quantile sketch with relative-error guarantees", PVLDB 12(12), 2019).
/// </summary>
/// <remarks>
/// <para>
/// A value x &gt; 0 is counted in bucket i = ⌈log_γ x⌉ with γ = (1 + α)/(1 − α), and read back as
/// 2γ^i/(γ + 1), which is within α of every value of the bucket. Negative values use a mirrored set of
/// buckets, zero a counter of its own. Only counts are kept: memory does not grow with the number of
/// values.
/// </para>
/// <para>
/// At most <see cref="MaxBuckets"/> buckets per sign are kept (about 8 decades at α = 0.1%); values
/// more than that below the largest magnitude are counted in the lowest kept bucket, which bounds
/// memory at 32 kB per sign and changes only quantiles that are negligible next to the largest value.
/// Which bucket that is can depend on the order of arrival; the result writer adds values in trial
/// order, which is the same for every block size.
/// </para>
/// <para>
/// Quantiles follow definition 7 of <see cref="Quantiles"/>: the values at ranks ⌊h⌋ and ⌈h⌉ with
/// h = (n − 1)p are interpolated linearly, each read from its bucket.
/// </para>
/// </remarks>
public sealed class QuantileSketch
{
    /// <summary>The relative accuracy α of every quantile.</summary>
    public const double RelativeAccuracy = 0.001;

    /// <summary>Buckets kept per sign.</summary>
    public const int MaxBuckets = 8192;

    private static readonly double Gamma = (1 + RelativeAccuracy) / (1 - RelativeAccuracy);
    private static readonly double InverseLogGamma = 1 / Math.Log(Gamma);

    private readonly BucketStore _positive = new();
    private readonly BucketStore _negative = new();
    private long _zeros;

    /// <summary>Values added so far.</summary>
    public long Count { get; private set; }

    /// <summary>Adds <paramref name="value"/> (finite).</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"A quantile sketch takes finite values only, not {value}.", nameof(value));
        }

        if (value > 0)
        {
            _positive.Add(Index(value));
        }
        else if (value < 0)
        {
            _negative.Add(Index(-value));
        }
        else
        {
            _zeros++;
        }

        Count++;
    }

    /// <summary>The type-7 quantile at probability <paramref name="p"/>, within <see cref="RelativeAccuracy"/> of the sample's.</summary>
    /// <param name="p">Probability, 0 ≤ p ≤ 1.</param>
    /// <exception cref="InvalidOperationException">The sketch is empty.</exception>
    public double Quantile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        if (Count == 0)
        {
            throw new InvalidOperationException("The sketch is empty.");
        }

        var h = (Count - 1) * p;
        var lo = (long)Math.Floor(h);
        var low = ValueAtRank(lo);
        if (h == lo)
        {
            return low;
        }

        var high = ValueAtRank(lo + 1);
        return low == high ? low : low + ((h - lo) * (high - low));
    }

    /// <summary>The p5, p25, p50, p75 and p95 quantiles, with <paramref name="mean"/> (computed exactly by the caller).</summary>
    /// <param name="mean">The sample's mean.</param>
    public QuantileSummary Summarize(double mean) =>
        new(Quantile(0.05), Quantile(0.25), Quantile(0.5), Quantile(0.75), Quantile(0.95), mean);

    // Ascending order: negatives from the largest magnitude down, zeros, positives up.
    private double ValueAtRank(long rank)
    {
        if (rank < _negative.Total)
        {
            return -Value(_negative.IndexAtRank(_negative.Total - 1 - rank));
        }

        rank -= _negative.Total;
        if (rank < _zeros)
        {
            return 0;
        }

        return Value(_positive.IndexAtRank(rank - _zeros));
    }

    private static int Index(double magnitude) => (int)Math.Ceiling(Math.Log(magnitude) * InverseLogGamma);

    private static double Value(int index) => 2 * Math.Pow(Gamma, index) / (Gamma + 1);

    /// <summary>Counts per bucket index over a contiguous, growing window of indices.</summary>
    private sealed class BucketStore
    {
        private int[] _counts = [];
        private int _offset;

        public long Total { get; private set; }

        public void Add(int index)
        {
            if (_counts.Length == 0)
            {
                _counts = new int[64];
                _offset = index - 32;
            }

            if (index > _offset + _counts.Length - 1 || (index < _offset && _counts.Length < MaxBuckets))
            {
                Grow(index);
            }

            // Below a full window: count in the lowest kept bucket.
            _counts[Math.Max(index, _offset) - _offset]++;
            Total++;
        }

        /// <summary>The bucket index holding the value of ascending rank <paramref name="rank"/>.</summary>
        public int IndexAtRank(long rank)
        {
            var seen = 0L;
            for (var i = 0; i < _counts.Length; i++)
            {
                seen += _counts[i];
                if (seen > rank)
                {
                    return _offset + i;
                }
            }

            throw new InvalidOperationException($"Rank {rank} is beyond the {Total} values of the sketch.");
        }

        private void Grow(int index)
        {
            var oldHigh = _offset + _counts.Length - 1;
            var high = Math.Max(oldHigh, index);
            var low = Math.Max(Math.Min(_offset, index), high - MaxBuckets + 1);

            // Room to spare in the direction of growth, so growing stays amortised O(1).
            var length = Math.Min(MaxBuckets, Math.Max(high - low + 1, 2 * _counts.Length));
            var offset = index > oldHigh ? low : high - length + 1;
            var counts = new int[length];
            for (var i = 0; i < _counts.Length; i++)
            {
                counts[Math.Max(_offset + i, offset) - offset] += _counts[i];
            }

            _counts = counts;
            _offset = offset;
        }
    }
}
