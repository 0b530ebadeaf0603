using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Studies;

/// <summary>
/// The bootstrap percentile interval (B. Efron and R. J. Tibshirani, "An Introduction to the
/// Bootstrap", 1993, §13.3): the (1 − level)/2 and (1 + level)/2 type-7 quantiles of the resampled statistic.
/// </summary>
internal static class BootstrapPercentile
{
    /// <summary>The interval of <paramref name="replicates"/> (sorted in place); the point estimate twice when there are none.</summary>
    public static (double Low, double High) Interval(double[] replicates, double confidence, double estimate)
    {
        if (replicates.Length == 0)
        {
            return (estimate, estimate);
        }

        Array.Sort(replicates);
        return (Quantiles.Type7<double>(replicates, (1 - confidence) / 2), Quantiles.Type7<double>(replicates, (1 + confidence) / 2));
    }

    /// <summary>Checks the common arguments of a bootstrap.</summary>
    public static void CheckArguments(int resamples, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resamples);
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }
    }
}
