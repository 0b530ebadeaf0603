namespace JcmSim.Analysis.Studies;

/// <summary>
/// The lever value at which the probability of meeting a target reaches a given level, by bisection
/// on probes that each run a batch of trials (under common random numbers, so neighbouring probes
/// differ mostly by the lever's effect).
/// </summary>
public static class GoalSeek
{
    /// <summary>
    /// Probes Low then High. A value "meets" the target when Met/Trials ≥ TargetProbability. Neither
    /// end met: <see cref="GoalSeekStatus.UnreachableWithinRange"/>; both: <see cref="GoalSeekStatus.MetThroughoutRange"/>.
    /// Otherwise the probability is taken to rise towards the end that meets it, and the bracket
    /// [unmet, met] is bisected until it is at most RelativeTolerance·(High − Low) wide or MaxProbes
    /// probes have run. After every probe, any two probes whose Wilson intervals do not overlap and
    /// whose order contradicts that direction end the search with <see cref="GoalSeekStatus.NotMonotone"/>.
    /// When reached, Value interpolates the crossing linearly in the final bracket, and the interval is
    /// (for a rising probability; mirrored otherwise) [largest probed value whose Wilson upper bound is
    /// below the target, smallest probed value whose Wilson lower bound is above it]: between two values
    /// where the probability is credibly below and credibly above the target. A side no probe credibly
    /// bounds is null (more trials per probe would bound it).
    /// </summary>
    /// <param name="probe">Estimates the probability at a lever value.</param>
    /// <param name="request">Range, target and stopping rule.</param>
    /// <param name="cancellationToken">Cancels between and inside probes.</param>
    public static async Task<GoalSeekResult> SeekAsync(Func<double, CancellationToken, Task<ProbabilityEstimate>> probe, GoalSeekRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        Check(request);
        var probes = new List<GoalSeekProbe>();
        async Task<GoalSeekProbe> Run(double value)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var estimate = await probe(value, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The probe at {value} returned no estimate.");
            var result = new GoalSeekProbe(value, estimate);
            probes.Add(result);
            return result;
        }

        bool Meets(GoalSeekProbe p) => p.Estimate.Probability >= request.TargetProbability;

        var low = await Run(request.Low).ConfigureAwait(false);
        var high = await Run(request.High).ConfigureAwait(false);
        if (!Meets(low) && !Meets(high))
        {
            return new GoalSeekResult(GoalSeekStatus.UnreachableWithinRange, null, null, null, high.Estimate.Probability >= low.Estimate.Probability, probes);
        }

        if (Meets(low) && Meets(high))
        {
            return new GoalSeekResult(GoalSeekStatus.MetThroughoutRange, null, null, null, high.Estimate.Probability >= low.Estimate.Probability, probes);
        }

        var increasing = Meets(high);
        var (unmet, met) = increasing ? (low, high) : (high, low);
        var width = request.RelativeTolerance * (request.High - request.Low);
        while (Math.Abs(met.Value - unmet.Value) > width && probes.Count < request.MaxProbes)
        {
            if (Contradiction(probes, increasing, request.Confidence))
            {
                return new GoalSeekResult(GoalSeekStatus.NotMonotone, null, null, null, increasing, probes);
            }

            var middle = await Run((met.Value + unmet.Value) / 2).ConfigureAwait(false);
            if (Meets(middle))
            {
                met = middle;
            }
            else
            {
                unmet = middle;
            }
        }

        if (Contradiction(probes, increasing, request.Confidence))
        {
            return new GoalSeekResult(GoalSeekStatus.NotMonotone, null, null, null, increasing, probes);
        }

        var (pu, pm) = (unmet.Estimate.Probability, met.Estimate.Probability);
        var value = pm > pu
            ? unmet.Value + ((request.TargetProbability - pu) / (pm - pu) * (met.Value - unmet.Value))
            : met.Value;
        var (intervalLow, intervalHigh) = Bounds(probes, increasing, request.TargetProbability, request.Confidence);
        return new GoalSeekResult(GoalSeekStatus.Reached, value, intervalLow, intervalHigh, increasing, probes);
    }

    private static void Check(GoalSeekRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!double.IsFinite(request.Low) || !double.IsFinite(request.High) || !(request.Low < request.High))
        {
            throw new ArgumentException($"The goal-seek range must be finite with Low < High; got [{request.Low}, {request.High}].", nameof(request));
        }

        if (!(request.TargetProbability > 0 && request.TargetProbability < 1))
        {
            throw new ArgumentException($"The target probability must lie strictly between 0 and 1; got {request.TargetProbability}.", nameof(request));
        }

        if (!(request.RelativeTolerance > 0))
        {
            throw new ArgumentException($"The relative tolerance must be positive; got {request.RelativeTolerance}.", nameof(request));
        }

        if (request.MaxProbes < 3)
        {
            throw new ArgumentException($"A goal seek needs at least 3 probes (the two ends and one bisection); got {request.MaxProbes}.", nameof(request));
        }

        if (!(request.Confidence > 0 && request.Confidence < 1))
        {
            throw new ArgumentException($"The confidence level must lie strictly between 0 and 1; got {request.Confidence}.", nameof(request));
        }
    }

    // Any pair ordered against the direction with disjoint Wilson intervals.
    private static bool Contradiction(List<GoalSeekProbe> probes, bool increasing, double confidence)
    {
        for (var i = 0; i < probes.Count; i++)
        {
            for (var j = 0; j < probes.Count; j++)
            {
                var (a, b) = (probes[i], probes[j]);
                if (!(a.Value < b.Value))
                {
                    continue;
                }

                // For a rising probability, a (the smaller value) must not be credibly above b.
                var (upper, lower) = increasing ? (b, a) : (a, b);
                if (upper.Estimate.Interval(confidence).High < lower.Estimate.Interval(confidence).Low)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (double? Low, double? High) Bounds(List<GoalSeekProbe> probes, bool increasing, double target, double confidence)
    {
        double? below = null;
        double? above = null;
        foreach (var p in probes)
        {
            var interval = p.Estimate.Interval(confidence);
            if (interval.High < target)
            {
                // Credibly below the target: the crossing lies on the met side of this value.
                below = below is null ? p.Value : increasing ? Math.Max(below.Value, p.Value) : Math.Min(below.Value, p.Value);
            }
            else if (interval.Low > target)
            {
                above = above is null ? p.Value : increasing ? Math.Min(above.Value, p.Value) : Math.Max(above.Value, p.Value);
            }
        }

        return increasing ? (below, above) : (above, below);
    }
}
