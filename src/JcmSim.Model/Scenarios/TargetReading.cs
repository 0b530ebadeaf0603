namespace JcmSim.Model.Scenarios;

/// <summary>
/// What is counted toward a target: the four readings of "cumulative reductions" a planner meets
/// in the sources (MODEL.md §Readings of the target). Every run reports all four; the scenario's
/// <see cref="AccountingRules.Reading"/> is the one the targets are tested against.
/// </summary>
public enum TargetReading
{
    /// <summary>
    /// Ex ante: the expected reductions of the projects selected so far, to the target year — the
    /// Ministry's own tally (想定GHG排出削減量, moej-cop26-2021): a project's expected size over the
    /// years it is expected to operate, counted once it is selected, whether or not it delivers.
    /// </summary>
    ExpectedReductions,

    /// <summary>Reductions realised inside live frameworks (the partner ready, the agreement in force): what could become credits.</summary>
    RealisedReductions,

    /// <summary>JCM credits issued (before OMGE cancellation and the split between Japan and the host).</summary>
    CreditsIssued,

    /// <summary>Credits transferred to Japan (ITMOs), after OMGE cancellation and the host's share.</summary>
    JapanItmos,
}
