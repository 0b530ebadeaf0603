namespace JcmSim.Runs.Studies;

/// <summary>The validated options of <c>jcmsim discover</c>.</summary>
/// <param name="Study">The options every study shares.</param>
/// <param name="TargetYear">Target year, or null for the first target.</param>
/// <param name="From">A sweep folder to analyse instead of running a sweep.</param>
/// <param name="Samples">Points of the Latin hypercube run when <paramref name="From"/> is null.</param>
/// <param name="MissedBelow">A point counts as "target missed" when its P(met) is below this.</param>
public sealed record DiscoverOptions(StudyOptions Study, int? TargetYear, string? From, int Samples, double MissedBelow)
{
    /// <summary>Points unless <c>--samples</c> says otherwise.</summary>
    public const int DefaultSamples = 200;

    /// <summary>Trials per point unless <c>--trials-per-point</c> says otherwise.</summary>
    public const int DefaultTrialsPerPoint = 100;
}
