using System.Text.Json.Serialization;
using JcmSim.Analysis.Observations;
using JcmSim.Model.Scenarios;

namespace JcmSim.Analysis.Results;

/// <summary>The summary of one scenario of a run: one entry of <c>scenarios</c> in summary.json.</summary>
/// <param name="Name">Scenario name, the <c>scenario</c> key of the other result files.</param>
/// <param name="Title">Display title in English and Japanese (<c>{"en":…,"ja":…}</c>).</param>
/// <param name="Trials">Number of trials summarised.</param>
/// <param name="Seed">Root seed of the run.</param>
/// <param name="AccountingStartYear">First fiscal year counted toward the targets.</param>
/// <param name="Targets">One summary per reduction target, in the scenario's order.</param>
/// <param name="JapanItmoShare">
/// Share of issued credits that reach Japan by the last target year Y_L:
/// mean over trials of Japan's cumulative ITMOs at Y_L ÷ mean over trials of the credits issued
/// (annual series <c>credits.issued</c>) summed from the accounting start year to Y_L — a ratio of
/// means, equal to Σ ITMOs ÷ Σ issued over all trials, so trials with large volumes weigh more.
/// Null when the run has no target, no <c>credits.issued</c> series or no credits issued.
/// </param>
public sealed record ScenarioSummary(
    string Name,
    LocalizedText Title,
    int Trials,
    ulong Seed,
    int AccountingStartYear,
    IReadOnlyList<TargetSummary> Targets,
    double? JapanItmoShare)
{
    /// <summary>The reading of the cumulative the targets are tested against (<c>accounting.reading</c>).</summary>
    [JsonConverter(typeof(TargetReadingJsonConverter))]
    public TargetReading Reading { get; init; } = TargetReading.RealisedReductions;

    /// <summary>Each recorded observation of the scenario beside the model's 5–95 % band at its date; empty when the scenario names none.</summary>
    public IReadOnlyList<ObservationComparison> Observations { get; init; } = [];
}
