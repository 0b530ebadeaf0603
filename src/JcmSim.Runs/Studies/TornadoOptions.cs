namespace JcmSim.Runs.Studies;

/// <summary>The validated options of a one-at-a-time (tornado) study.</summary>
/// <param name="Study">The options every study shares; <see cref="StudyOptions.TrialsPerPoint"/> is the trials of each run, <see cref="StudyOptions.Inputs"/> the prefixes of the inputs to vary (<c>--only</c>).</param>
/// <param name="Top">Bars per chart and rows of the table.</param>
/// <param name="LowQuantile">Probability of the low setting.</param>
/// <param name="HighQuantile">Probability of the high setting.</param>
public sealed record TornadoOptions(StudyOptions Study, int Top, double LowQuantile = 0.1, double HighQuantile = 0.9)
{
    /// <summary>Trials per run unless <c>--trials</c> says otherwise: enough for stable medians and P(target) to about ±2 points, small enough that a study of a few hundred inputs takes minutes.</summary>
    public const int DefaultTrials = 500;
}
