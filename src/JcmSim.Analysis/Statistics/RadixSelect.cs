namespace JcmSim.Analysis.Statistics;

/// <summary>
/// Exact order statistics of columns of doubles too long to hold in memory, found in a few sequential
/// passes over rows read from elsewhere (a file): a most-significant-digit radix selection over the
/// values' bit patterns. Each pass counts, for every rank still sought, the next
/// <see cref="DigitBits"/> bits of the values that share the bits found so far; after
/// 64 ÷ <see cref="DigitBits"/> passes every bit of every sought value is known.
/// </summary>
/// <remarks>
/// The bit patterns are mapped to unsigned keys that sort as the values do (negative values' bits
/// inverted, the sign bit of the others set), so the k-th smallest key is the k-th smallest value:
/// the same value a sort or <see cref="Quantiles.SummarizeInPlace{T}"/>'s selection places at rank k.
/// Memory is one histogram of 2^<see cref="DigitBits"/> counts per distinct sought prefix, whatever the
/// number of rows. Values must be finite or infinite, not NaN; −0 ranks just below +0.
/// </remarks>
public static class RadixSelect
{
    /// <summary>Bits resolved per pass: 6 passes over the rows; a histogram of 2,048 counts (8 kB) per sought prefix.</summary>
    public const int DigitBits = 11;

    private const ulong SignBit = 1UL << 63;

    /// <summary>
    /// The values of the given ranks in each column of <paramref name="rows"/> rows of
    /// <paramref name="columns"/> doubles each.
    /// </summary>
    /// <param name="columns">Values per row.</param>
    /// <param name="rows">Rows in all, at least 1.</param>
    /// <param name="ranks">Per column, the zero-based ranks sought (each in 0 … rows − 1; an empty list for none).</param>
    /// <param name="readRows">
    /// One pass: hands every row, in any order but all of them each time, to the given action, in chunks
    /// of whole rows (row-major, <paramref name="columns"/> values a row).
    /// </param>
    /// <returns>Per column, the value of each sought rank, in the order of <paramref name="ranks"/>.</returns>
    /// <exception cref="ArgumentException">A rank is outside the rows, or a chunk is not whole rows.</exception>
    /// <exception cref="InvalidOperationException">A pass handed over a number of rows other than <paramref name="rows"/>.</exception>
    public static double[][] Select(int columns, long rows, IReadOnlyList<IReadOnlyList<int>> ranks, Action<Action<ReadOnlySpan<double>>> readRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentNullException.ThrowIfNull(ranks);
        ArgumentNullException.ThrowIfNull(readRows);
        if (ranks.Count != columns)
        {
            throw new ArgumentException($"Ranks are given for {ranks.Count} columns, not {columns}.", nameof(ranks));
        }

        // One search per column and distinct rank: the prefix found so far and the rank among the values that share it.
        var searches = new List<Search>[columns];
        for (var c = 0; c < columns; c++)
        {
            searches[c] = [];
            foreach (var rank in ranks[c].Distinct())
            {
                if (rank < 0 || rank >= rows)
                {
                    throw new ArgumentException($"Rank {rank} of column {c} is outside 0 … {rows - 1}.", nameof(ranks));
                }

                searches[c].Add(new Search(rank));
            }
        }

        for (var known = 0; known < 64;)
        {
            var width = Math.Min(DigitBits, 64 - known);
            var shift = 64 - known - width;
            var mask = (1UL << width) - 1;

            // Searches of a column that share a prefix share its histogram.
            var groups = new Group[columns][];
            for (var c = 0; c < columns; c++)
            {
                groups[c] = searches[c].Select(s => s.Prefix).Distinct().Select(prefix => new Group(prefix, new long[1 << width])).ToArray();
            }

            long seen = 0;
            var knownBits = known;
            readRows(chunk =>
            {
                if (chunk.Length % columns != 0)
                {
                    throw new ArgumentException($"A chunk of {chunk.Length} values is not whole rows of {columns}.", nameof(readRows));
                }

                for (var row = 0; row < chunk.Length; row += columns)
                {
                    for (var c = 0; c < columns; c++)
                    {
                        var column = groups[c];
                        if (column.Length == 0)
                        {
                            continue;
                        }

                        var key = Key(chunk[row + c]);
                        var prefix = knownBits == 0 ? 0 : key >> (64 - knownBits);
                        foreach (var group in column)
                        {
                            if (group.Prefix == prefix)
                            {
                                group.Counts[(int)((key >> shift) & mask)]++;
                                break;
                            }
                        }
                    }
                }

                seen += chunk.Length / columns;
            });

            if (seen != rows)
            {
                throw new InvalidOperationException($"A pass read {seen} rows, not {rows}.");
            }

            for (var c = 0; c < columns; c++)
            {
                foreach (var search in searches[c])
                {
                    var counts = groups[c].First(g => g.Prefix == search.Prefix).Counts;
                    var digit = 0;
                    while (search.Rank >= counts[digit])
                    {
                        search.Rank -= counts[digit];
                        digit++;
                    }

                    search.Prefix = (search.Prefix << width) | (uint)digit;
                }
            }

            known += width;
        }

        var result = new double[columns][];
        for (var c = 0; c < columns; c++)
        {
            var found = searches[c].ToDictionary(s => s.Sought, s => Value(s.Prefix));
            result[c] = ranks[c].Select(rank => found[rank]).ToArray();
        }

        return result;
    }

    // Keys in the order of the values: −∞ < … < −0 < +0 < … < +∞.
    private static ulong Key(double value)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value);
        return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
    }

    private static double Value(ulong key) =>
        BitConverter.Int64BitsToDouble((long)((key & SignBit) != 0 ? key & ~SignBit : ~key));

    private sealed class Search(int rank)
    {
        public int Sought { get; } = rank;

        public long Rank { get; set; } = rank;

        public ulong Prefix { get; set; }
    }

    private sealed record Group(ulong Prefix, long[] Counts);
}
