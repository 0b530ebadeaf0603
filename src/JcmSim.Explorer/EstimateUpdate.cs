namespace JcmSim.Explorer;

/// <summary>
/// One line of an estimate's stream: everything the page shows after the trials so far. Trials
/// arrive as a prefix of the same deterministic sequence <c>jcmsim run</c> draws, so the last
/// update equals a run of <see cref="Trials"/> trials with the same seed.
/// </summary>
/// <param name="Trials">Trials so far.</param>
/// <param name="Cap">Trials the estimate stops at.</param>
/// <param name="Done">True for the last update.</param>
/// <param name="ElapsedMs">Milliseconds since the request arrived.</param>
/// <param name="Reading">The reading of the cumulative the targets are tested against, e.g. <c>realisedReductions</c>.</param>
/// <param name="Targets">Each target.</param>
/// <param name="Fan">The cumulative's quantiles per year.</param>
/// <param name="ContributionYear">The year the contributions run to (the last target's).</param>
/// <param name="Channels">Mean cumulative reductions by finance channel.</param>
/// <param name="Countries">Mean cumulative reductions by partner country, largest eight and the others.</param>
public sealed record EstimateUpdate(
    int Trials, int Cap, bool Done, double ElapsedMs, string Reading, IReadOnlyList<TargetEstimate> Targets, FanQuantiles Fan,
    int ContributionYear, IReadOnlyList<Contribution> Channels, IReadOnlyList<Contribution> Countries);
