namespace JcmSim.Explorer;

/// <summary>
/// One line of an estimate's stream: everything the page shows after the trials so far. Trials
/// arrive as a prefix of the same deterministic sequence <c>jcmsim run</c> draws, so the last
/// update equals a run of <see cref="Trials"/> trials with the same seed (and, when it stopped at the
/// precision, <c>jcmsim run --precision</c> stops at the same count).
/// </summary>
/// <param name="Trials">Trials so far.</param>
/// <param name="Cap">Trials the estimate stops at at most.</param>
/// <param name="Done">True for the last update.</param>
/// <param name="ElapsedMs">Milliseconds since the request arrived.</param>
/// <param name="Reading">The reading of the cumulative the targets are tested against, e.g. <c>realisedReductions</c>.</param>
/// <param name="Targets">Each target.</param>
/// <param name="Fan">The cumulative's quantiles per year.</param>
/// <param name="ContributionYear">The year the contributions run to (the last target's).</param>
/// <param name="Channels">Mean cumulative reductions by finance channel.</param>
/// <param name="Countries">Mean cumulative reductions by partner country, largest eight and the others.</param>
/// <param name="Stop">Why the estimate stopped (on the last update): the precision was reached, or the cap; null before.</param>
/// <param name="Precision">The half-width asked of every target probability's 95% interval; 0 when the estimate runs to the cap.</param>
/// <param name="HalfWidth">The widest half-width of the targets' 95% Wilson intervals now (<see cref="JcmSim.Runs.PrecisionStop.WidestHalfWidth"/>).</param>
public sealed record EstimateUpdate(
    int Trials, int Cap, bool Done, double ElapsedMs, string Reading, IReadOnlyList<TargetEstimate> Targets, FanQuantiles Fan,
    int ContributionYear, IReadOnlyList<Contribution> Channels, IReadOnlyList<Contribution> Countries,
    EstimateStop? Stop, double Precision, double HalfWidth);
