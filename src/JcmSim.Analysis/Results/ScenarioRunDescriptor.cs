using JcmSim.Analysis.Observations;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>
/// What a <see cref="RunResultWriter"/> needs to know about one scenario of a run before its trial
/// blocks arrive: identity, the trials to expect and the shape of each <see cref="TrialBlockResult"/>.
/// </summary>
/// <param name="Name">Short unique name, used as the <c>scenario</c> key in every result file.</param>
/// <param name="Title">Display title in English and Japanese.</param>
/// <param name="Trials">Number of trials the scenario delivers, ≥ 1; trials 0 … Trials − 1 must all arrive.</param>
/// <param name="Seed">Root seed of the counter-based random numbers.</param>
/// <param name="AccountingStartYear">First fiscal year counted toward the targets.</param>
/// <param name="Targets">Reduction targets, in the order of the target index of <see cref="TrialBlockResult"/>; all scenarios of a run must share the same fiscal years.</param>
/// <param name="Series">Annual series, in the order of <see cref="TrialBlockResult.Annual"/>.</param>
/// <param name="FirstYear">First fiscal year of the annual series (<see cref="TrialBlockResult.FirstYear"/>).</param>
/// <param name="Years">Number of years of the annual series (<see cref="TrialBlockResult.Years"/>).</param>
public sealed record ScenarioRunDescriptor(
    string Name,
    LocalizedText Title,
    int Trials,
    ulong Seed,
    int AccountingStartYear,
    IReadOnlyList<ReductionTarget> Targets,
    IReadOnlyList<AnnualSeries> Series,
    int FirstYear,
    int Years)
{
    /// <summary>The reading the targets are tested against: every block must carry it as <see cref="TrialBlockResult.TestedReading"/>.</summary>
    public TargetReading Reading { get; init; } = TargetReading.RealisedReductions;

    /// <summary>The recorded observations the run reports beside its readings (summary.json <c>observations</c>); none by default.</summary>
    public IReadOnlyList<ObservationReading> Observations { get; init; } = [];
}
