using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Tests.Statistics;

public sealed class RadixSelectTests
{
    [Fact]
    public void Every_rank_of_mixed_signs_ties_zeros_and_infinities_is_the_sorted_value()
    {
        double[] column =
        [
            3.5, -2, 0, 1e-300, -1e-300, double.PositiveInfinity, 3.5, 3.5, -1e300, double.NegativeInfinity,
            2, 2.0000000000000004, 1.9999999999999998, 0, 7, -2, 1e300, double.Epsilon, -double.Epsilon, 42,
        ];
        var sorted = column.Order().ToArray();
        var ranks = Enumerable.Range(0, column.Length).ToArray();

        var found = RadixSelect.Select(1, column.Length, [ranks], pass => pass(column));

        Assert.Equal(sorted, found[0]);
    }

    [Fact]
    public void Columns_read_in_chunks_give_the_summary_of_selecting_in_memory()
    {
        const int rows = 10_007;
        const int columns = 3;
        var random = new Random(11);
        var values = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            values[i * columns] = random.NextDouble() * 1000;                 // continuous
            values[(i * columns) + 1] = Math.Round(random.NextDouble() * 5);  // heavy ties
            values[(i * columns) + 2] = (random.NextDouble() - 0.7) * 1e-3;   // both signs, small
        }

        var ranks = Quantiles.SummaryRanks(rows);
        var found = RadixSelect.Select(columns, rows, [ranks, ranks, ranks], pass =>
        {
            for (var first = 0; first < rows; first += 1000)
            {
                pass(values.AsSpan(first * columns, Math.Min(1000, rows - first) * columns));
            }
        });

        for (var c = 0; c < columns; c++)
        {
            var column = Enumerable.Range(0, rows).Select(i => values[(i * columns) + c]).ToArray();
            var sum = 0.0;
            foreach (var value in column)
            {
                sum += value;
            }

            var expected = Quantiles.SummarizeInPlace<double>(column.ToArray());
            var byRank = ranks.Zip(found[c]).ToDictionary(p => p.First, p => p.Second);
            Assert.Equal(expected, Quantiles.SummarizeFromOrderStatistics(rows, rank => byRank[rank], sum));
        }
    }

    [Fact]
    public void A_pass_that_misses_rows_is_refused()
    {
        double[] column = [1, 2, 3];

        Assert.Throws<InvalidOperationException>(() => RadixSelect.Select(1, 4, [[0]], pass => pass(column)));
        Assert.Throws<ArgumentException>(() => RadixSelect.Select(1, 3, [[3]], pass => pass(column)));
    }
}
