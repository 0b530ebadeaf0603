namespace JcmSim.Analysis.Studies;

/// <summary>What <see cref="GoalSeek.SeekAsync"/> looks for.</summary>
/// <param name="Low">The lower end of the lever's range.</param>
/// <param name="High">The upper end, &gt; <paramref name="Low"/>.</param>
/// <param name="TargetProbability">The probability to reach, in (0, 1).</param>
/// <param name="RelativeTolerance">Bisection stops when the bracket is at most this fraction of High − Low; &gt; 0.</param>
/// <param name="MaxProbes">The most probes to run, including the two ends; ≥ 3.</param>
/// <param name="Confidence">Level of the Wilson intervals used for the monotonicity check and the reported interval.</param>
public sealed record GoalSeekRequest(double Low, double High, double TargetProbability, double RelativeTolerance = 0.01, int MaxProbes = 20, double Confidence = 0.95);
