namespace JcmSim.Runs.Studies;

/// <summary>The validated options of <c>jcmsim sweep</c>.</summary>
/// <param name="Study">The options every study shares.</param>
/// <param name="Design">"grid" or "lhs".</param>
/// <param name="Samples">Levels per input (grid) or points (lhs).</param>
public sealed record SweepOptions(StudyOptions Study, string Design, int Samples)
{
    /// <summary>Trials per point unless <c>--trials-per-point</c> says otherwise.</summary>
    public const int DefaultTrialsPerPoint = 200;
}
