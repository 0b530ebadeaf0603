namespace JcmSim.Model.Credits;

/// <summary>How issued credits are split between Japan and the partner country.</summary>
public enum AllocationPolicyKind
{
    /// <summary>Japan's share equals the Japanese share of the project's finance (moej-jcm-page: by degree of contribution).</summary>
    ContributionProportional,
    /// <summary>A fixed Japan share for every project.</summary>
    FixedSplit,
    /// <summary>The host first keeps its retention share for its own NDC; Japan gets the rest.</summary>
    HostFirst,
}
