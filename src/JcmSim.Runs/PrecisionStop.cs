using JcmSim.Analysis.Statistics;

namespace JcmSim.Runs;

/// <summary>
/// When an auto-stopping run (<c>--precision EPS</c>) stops: it runs in waves whose ends are multiples
/// of <see cref="WaveTrials"/>, and after each wave stops once the 95% Wilson interval of every target
/// probability has a half-width ≤ EPS, or at the trial cap. The next wave's end is computed from the
/// estimates so far only, and wave ends do not depend on the block size, so the trials used are a
/// prefix of the same deterministic sequence: the same seed gives the same stop point and numbers.
/// </summary>
public static class PrecisionStop
{
    /// <summary>Wave ends are multiples of this many trials (a multiple of every automatic block size).</summary>
    public const int WaveTrials = 1024;

    /// <summary>The narrowest half-width a run may ask for (smaller would need tens of millions of trials).</summary>
    public const double MinPrecision = 0.0005;

    /// <summary>The widest half-width a run may ask for (a probability's interval is at most ±½ wide).</summary>
    public const double MaxPrecision = 0.25;

    private const double Confidence = 0.95;

    /// <summary>Largest half-width of the targets' Wilson intervals after <paramref name="trials"/> trials with <paramref name="met"/> trials meeting each target.</summary>
    /// <param name="met">Trials meeting each target.</param>
    /// <param name="trials">Trials run.</param>
    public static double WidestHalfWidth(IReadOnlyList<int> met, int trials)
    {
        ArgumentNullException.ThrowIfNull(met);
        var widest = 0.0;
        foreach (var count in met)
        {
            var interval = WilsonInterval.Compute(count, trials, Confidence);
            widest = Math.Max(widest, (interval.High - interval.Low) / 2);
        }

        return widest;
    }

    /// <summary>The end of the first wave: the trials the rule's estimate needs when nothing is known yet (p = ½ would need most), at least one wave.</summary>
    /// <param name="maxTrials">The trial cap.</param>
    public static int FirstWave(int maxTrials) => Math.Min(maxTrials, WaveTrials);

    /// <summary>
    /// The end of the next wave after <paramref name="trials"/> trials: where the Wilson half-width at
    /// the observed proportions is expected to reach <paramref name="precision"/> (plus 10%), rounded up
    /// to a multiple of <see cref="WaveTrials"/>, at least one wave more, at most four times the
    /// trials so far (estimates from few trials are rough), and at most <paramref name="maxTrials"/>.
    /// </summary>
    /// <param name="met">Trials meeting each target so far.</param>
    /// <param name="trials">Trials run so far (a wave end).</param>
    /// <param name="precision">Wanted half-width.</param>
    /// <param name="maxTrials">The trial cap.</param>
    public static int NextWave(IReadOnlyList<int> met, int trials, double precision, int maxTrials)
    {
        ArgumentNullException.ThrowIfNull(met);
        var needed = (long)trials;
        foreach (var count in met)
        {
            needed = Math.Max(needed, TrialsFor((double)count / trials, precision, maxTrials));
        }

        var wanted = (long)Math.Ceiling(needed * 1.1 / WaveTrials) * WaveTrials;
        var next = Math.Clamp(wanted, (long)trials + WaveTrials, 4L * trials);
        return (int)Math.Min(next, maxTrials);
    }

    // Smallest n ≤ cap whose Wilson half-width at proportion p is ≤ precision (the half-width falls as n grows).
    private static long TrialsFor(double p, double precision, int cap)
    {
        long low = 1, high = cap;
        if (HalfWidth(p, high) > precision)
        {
            return high;
        }

        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (HalfWidth(p, middle) <= precision)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static double HalfWidth(double p, long n)
    {
        var interval = WilsonInterval.Compute((int)Math.Round(p * n), (int)n, Confidence);
        return (interval.High - interval.Low) / 2;
    }
}
