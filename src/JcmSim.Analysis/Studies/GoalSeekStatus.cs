namespace JcmSim.Analysis.Studies;

/// <summary>How a goal seek ended.</summary>
public enum GoalSeekStatus
{
    /// <summary>The target probability is crossed inside the range; the value and its interval are reported.</summary>
    Reached,

    /// <summary>Neither end of the range reaches the target probability.</summary>
    UnreachableWithinRange,

    /// <summary>Both ends of the range already reach the target probability.</summary>
    MetThroughoutRange,

    /// <summary>Two probes contradict the direction beyond their Wilson intervals: the probability is not monotone in the lever.</summary>
    NotMonotone,
}
