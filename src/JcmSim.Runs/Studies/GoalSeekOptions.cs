namespace JcmSim.Runs.Studies;

/// <summary>The validated options of <c>jcmsim goal-seek</c>.</summary>
/// <param name="Study">The options every study shares (trials are per probe).</param>
/// <param name="Lever">Path of the input to seek (a lever or any input of the parameter walk).</param>
/// <param name="TargetYear">Target year, or null for the first target.</param>
/// <param name="Probability">The probability of meeting the target to reach, in (0, 1).</param>
/// <param name="Low">Lower end of the search, or null for the lower end of the input's study range.</param>
/// <param name="High">Upper end of the search, or null for the upper end of the input's study range.</param>
/// <param name="MaxProbes">Most probes (runs) of the search.</param>
public sealed record GoalSeekOptions(StudyOptions Study, string Lever, int? TargetYear, double Probability, double? Low, double? High, int MaxProbes)
{
    /// <summary>Trials per probe unless <c>--trials</c> says otherwise.</summary>
    public const int DefaultTrials = 400;

    /// <summary>Probes unless <c>--max-probes</c> says otherwise.</summary>
    public const int DefaultMaxProbes = 12;
}
