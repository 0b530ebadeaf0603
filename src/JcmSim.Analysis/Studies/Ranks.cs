namespace JcmSim.Analysis.Studies;

/// <summary>Ranks of a sample, 1-based.</summary>
internal static class Ranks
{
    /// <summary>Mid-ranks: tied values share the mean of the ranks they span.</summary>
    public static double[] Average(ReadOnlySpan<double> values)
    {
        var order = Order(values);
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>The indices that sort <paramref name="values"/> ascending; ties keep their index order (stable).</summary>
    public static int[] Order(ReadOnlySpan<double> values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = values.ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byValue = keys[a].CompareTo(keys[b]);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });
        return order;
    }
}
