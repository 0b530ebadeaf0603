namespace JcmSim.Runs.Studies;

/// <summary>The validated options of <c>jcmsim sensitivity</c>.</summary>
/// <param name="Study">The options every study shares.</param>
/// <param name="Method">"sobol" or "morris".</param>
/// <param name="Samples">Base samples N (Sobol) or trajectories r (Morris).</param>
/// <param name="TargetYear">Target year of the output, or null for the last target.</param>
/// <param name="Output">"cumulative" or "probability".</param>
public sealed record SensitivityOptions(StudyOptions Study, string Method, int Samples, int? TargetYear, string Output)
{
    /// <summary>Trials per point unless <c>--trials-per-point</c> says otherwise.</summary>
    public const int DefaultTrialsPerPoint = 50;

    /// <summary>Morris grid levels (Morris 1991: 4 is usual).</summary>
    public const int MorrisLevels = 4;

    /// <summary>Bootstrap resamples of the intervals.</summary>
    public const int BootstrapResamples = 1000;
}
