using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Studies;

/// <summary>A probability estimated from trials: <see cref="Met"/> successes out of <see cref="Trials"/>.</summary>
public sealed record ProbabilityEstimate
{
    /// <summary>Creates the estimate.</summary>
    /// <param name="met">Successes, 0 ≤ met ≤ trials.</param>
    /// <param name="trials">Trials, ≥ 1.</param>
    public ProbabilityEstimate(int met, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        if (met < 0 || met > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(met), met, $"The number of successes must lie in [0, {trials}].");
        }

        Met = met;
        Trials = trials;
    }

    /// <summary>Successes.</summary>
    public int Met { get; }

    /// <summary>Trials.</summary>
    public int Trials { get; }

    /// <summary>The point estimate Met / Trials.</summary>
    public double Probability => Met / (double)Trials;

    /// <summary>The Wilson score interval at <paramref name="confidence"/>.</summary>
    public ConfidenceInterval Interval(double confidence = 0.95) => WilsonInterval.Compute(Met, Trials, confidence);
}
