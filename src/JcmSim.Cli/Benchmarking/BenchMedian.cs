namespace JcmSim.Cli.Benchmarking;

/// <summary>The median of repeated timings: what the benchmark reports of a figure it measures several times.</summary>
internal static class BenchMedian
{
    /// <summary>The middle value, or the mean of the two middle values of an even count.</summary>
    public static double Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
