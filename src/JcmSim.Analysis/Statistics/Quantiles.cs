using System.Numerics;

namespace JcmSim.Analysis.Statistics;

/// <summary>
/// Sample quantiles by definition 7 of R. J. Hyndman and Y. Fan, "Sample quantiles in statistical
/// packages", The American Statistician 50(4), 1996 — the default of R's <c>quantile()</c>, of NumPy
/// and of Excel's PERCENTILE.INC.
/// </summary>
/// <remarks>
/// For sorted values x₁ ≤ … ≤ xₙ and 0 ≤ p ≤ 1, with h = 1 + (n − 1)p, j = ⌊h⌋ and γ = h − j:
/// <code>Q(p) = (1 − γ)·x_j + γ·x_(j+1)</code>
/// exactly as R's <c>quantile.default</c> evaluates it: x_j itself when γ = 0 or x_(j+1) = x_j, so
/// infinite values (used for "never") propagate without producing NaN.
/// </remarks>
public static class Quantiles
{
    private static readonly double[] SummaryProbabilities = [0.05, 0.25, 0.50, 0.75, 0.95];

    /// <summary>The type-7 quantile at probability <paramref name="p"/> of an ascending-sorted sample.</summary>
    /// <typeparam name="T">A numeric type, e.g. <see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="sorted">The sample sorted ascending (not checked here; see <see cref="Summarize{T}"/>); not empty.</param>
    /// <param name="p">Probability, 0 ≤ p ≤ 1.</param>
    public static double Type7<T>(ReadOnlySpan<T> sorted, double p)
        where T : INumber<T>
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", nameof(sorted));
        }

        var (lo, hi, index) = Positions(sorted.Length, p);
        return Interpolate(sorted[lo], sorted[hi], index, lo);
    }

    /// <summary>
    /// The type-7 quantile at probability <paramref name="p"/> of an unsorted sample, by selection
    /// (expected O(n) instead of the O(n log n) of sorting); <paramref name="values"/> is reordered.
    /// </summary>
    /// <typeparam name="T">A numeric type, e.g. <see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="values">The sample, not empty, without NaN; reordered in place.</param>
    /// <param name="p">Probability, 0 ≤ p ≤ 1.</param>
    public static double Type7InPlace<T>(Span<T> values, double p)
        where T : INumber<T>
    {
        CheckSample<T>(values, nameof(values));
        var (lo, hi, index) = Positions(values.Length, p);
        SelectRanks(values, 0, values.Length - 1, lo == hi ? [lo] : [lo, hi]);
        return Interpolate(values[lo], values[hi], index, lo);
    }

    /// <summary>
    /// The p5, p25, p50, p75 and p95 quantiles (type 7) and the mean of an ascending-sorted sample.
    /// </summary>
    /// <typeparam name="T">A numeric type, e.g. <see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="sorted">The sample sorted ascending; not empty, without NaN.</param>
    /// <exception cref="ArgumentException">The sample is empty, contains NaN or is not sorted ascending.</exception>
    public static QuantileSummary Summarize<T>(ReadOnlySpan<T> sorted)
        where T : INumber<T>
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", nameof(sorted));
        }

        // One pass both checks the precondition and sums: an unsorted input would silently give wrong quantiles.
        var sum = 0.0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (T.IsNaN(sorted[i]) || (i > 0 && sorted[i] < sorted[i - 1]))
            {
                throw new ArgumentException($"The sample must be sorted ascending and free of NaN (index {i}).", nameof(sorted));
            }

            sum += double.CreateTruncating(sorted[i]);
        }

        return new QuantileSummary(
            Type7(sorted, 0.05),
            Type7(sorted, 0.25),
            Type7(sorted, 0.50),
            Type7(sorted, 0.75),
            Type7(sorted, 0.95),
            sum / sorted.Length);
    }

    /// <summary>
    /// The same summary as <see cref="Summarize{T}"/> for an unsorted sample, by selecting only the
    /// order statistics the five quantiles need (expected O(n), several times faster than sorting
    /// large samples); <paramref name="values"/> is reordered. The quantiles equal those of the sorted
    /// sample exactly; the mean is summed in the sample's given order.
    /// </summary>
    /// <typeparam name="T">A numeric type, e.g. <see cref="double"/> or <see cref="float"/>.</typeparam>
    /// <param name="values">The sample, not empty, without NaN; reordered in place.</param>
    /// <exception cref="ArgumentException">The sample is empty or contains NaN.</exception>
    public static QuantileSummary SummarizeInPlace<T>(Span<T> values)
        where T : INumber<T>
    {
        var sum = CheckSample<T>(values, nameof(values));
        Span<int> ranks = stackalloc int[2 * SummaryProbabilities.Length];
        var count = 0;
        foreach (var p in SummaryProbabilities)
        {
            var (lo, hi, _) = Positions(values.Length, p);
            ranks[count++] = lo;
            ranks[count++] = hi;
        }

        ranks.Sort();
        var distinct = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            if (i == 0 || ranks[i] != ranks[distinct - 1])
            {
                ranks[distinct++] = ranks[i];
            }
        }

        SelectRanks(values, 0, values.Length - 1, ranks[..distinct]);
        return new QuantileSummary(
            FromSelected(values, 0.05),
            FromSelected(values, 0.25),
            FromSelected(values, 0.50),
            FromSelected(values, 0.75),
            FromSelected(values, 0.95),
            sum / values.Length);
    }

    /// <summary>
    /// The zero-based ranks, ascending and distinct, of the order statistics that
    /// <see cref="Summarize{T}"/>'s five quantiles of <paramref name="n"/> values need: what a caller
    /// that finds order statistics without holding the sample (<see cref="RadixSelect"/>) must find.
    /// </summary>
    /// <param name="n">Sample size, at least 1.</param>
    public static int[] SummaryRanks(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var ranks = new SortedSet<int>();
        foreach (var p in SummaryProbabilities)
        {
            var (lo, hi, _) = Positions(n, p);
            ranks.Add(lo);
            ranks.Add(hi);
        }

        return [.. ranks];
    }

    /// <summary>
    /// The type-7 quantile at probability <paramref name="p"/> of <paramref name="n"/> values given their
    /// order statistics, with the same arithmetic as <see cref="Type7{T}"/> on the sorted sample.
    /// </summary>
    /// <param name="n">Sample size, at least 1.</param>
    /// <param name="p">Probability, 0 ≤ p ≤ 1.</param>
    /// <param name="orderStatistic">The value of zero-based rank k (the (k + 1)-th smallest); asked only for the ranks the quantile needs.</param>
    public static double Type7FromOrderStatistics(int n, double p, Func<int, double> orderStatistic)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentNullException.ThrowIfNull(orderStatistic);
        var (lo, hi, index) = Positions(n, p);
        return Interpolate(orderStatistic(lo), orderStatistic(hi), index, lo);
    }

    /// <summary>
    /// The same summary as <see cref="Summarize{T}"/> from the order statistics of <see cref="SummaryRanks"/>
    /// and the sum of the values (the mean is <paramref name="sum"/> ÷ <paramref name="n"/>, so a sum taken
    /// in the sample's order gives the mean <see cref="SummarizeInPlace{T}"/> gives).
    /// </summary>
    /// <param name="n">Sample size, at least 1.</param>
    /// <param name="orderStatistic">The value of zero-based rank k; asked only for ranks of <see cref="SummaryRanks"/>.</param>
    /// <param name="sum">The sum of the values.</param>
    public static QuantileSummary SummarizeFromOrderStatistics(int n, Func<int, double> orderStatistic, double sum) => new(
        Type7FromOrderStatistics(n, 0.05, orderStatistic),
        Type7FromOrderStatistics(n, 0.25, orderStatistic),
        Type7FromOrderStatistics(n, 0.50, orderStatistic),
        Type7FromOrderStatistics(n, 0.75, orderStatistic),
        Type7FromOrderStatistics(n, 0.95, orderStatistic),
        sum / n);

    private static double FromSelected<T>(Span<T> values, double p)
        where T : INumber<T>
    {
        var (lo, hi, index) = Positions(values.Length, p);
        return Interpolate(values[lo], values[hi], index, lo);
    }

    /// <summary>Zero-based h − 1 = (n − 1)p and its floor and ceiling.</summary>
    private static (int Lo, int Hi, double Index) Positions(int n, double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie in [0, 1].");
        }

        var index = (n - 1) * p;
        return ((int)Math.Floor(index), (int)Math.Ceiling(index), index);
    }

    private static double Interpolate<T>(T lowValue, T highValue, double index, int lo)
        where T : INumber<T>
    {
        var low = double.CreateTruncating(lowValue);
        var high = double.CreateTruncating(highValue);
        if (index <= lo || high == low)
        {
            return low;
        }

        var gamma = index - lo;
        return ((1 - gamma) * low) + (gamma * high);
    }

    private static double CheckSample<T>(ReadOnlySpan<T> values, string parameterName)
        where T : INumber<T>
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("The sample is empty.", parameterName);
        }

        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            if (T.IsNaN(values[i]))
            {
                throw new ArgumentException($"The sample holds NaN at index {i}.", parameterName);
            }

            sum += double.CreateTruncating(values[i]);
        }

        return sum;
    }

    /// <summary>
    /// Places the order statistics of the ascending <paramref name="ranks"/> at their positions within
    /// [left, right]: select the middle rank, then recurse into each side with the ranks that fall there.
    /// </summary>
    private static void SelectRanks<T>(Span<T> values, int left, int right, ReadOnlySpan<int> ranks)
        where T : INumber<T>
    {
        if (ranks.IsEmpty || left >= right)
        {
            return;
        }

        var middle = ranks.Length / 2;
        var rank = ranks[middle];
        Select(values, left, right, rank);
        SelectRanks(values, left, rank - 1, ranks[..middle]);
        SelectRanks(values, rank + 1, right, ranks[(middle + 1)..]);
    }

    /// <summary>
    /// Hoare's FIND (CACM 4(7), 1961) with a median-of-three pivot: afterwards values[k] is the k-th
    /// smallest of [left, right], with no larger value before it and no smaller one after it.
    /// </summary>
    private static void Select<T>(Span<T> values, int left, int right, int k)
        where T : INumber<T>
    {
        while (right > left)
        {
            // Ordering the ends and the middle makes them sentinels for the scans below.
            var mid = left + ((right - left) / 2);
            SortPair(values, left, mid);
            SortPair(values, left, right);
            SortPair(values, mid, right);
            var pivot = values[mid];
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now [left, j] ≤ pivot ≤ [i, right] and every value strictly between j and i equals the pivot.
            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private static void SortPair<T>(Span<T> values, int a, int b)
        where T : INumber<T>
    {
        if (values[b] < values[a])
        {
            (values[a], values[b]) = (values[b], values[a]);
        }
    }
}
