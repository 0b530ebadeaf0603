using JcmSim.Analysis.Studies;
using JcmSim.Model.Scenarios;

namespace JcmSim.Runs.Studies;

/// <summary>The result of <c>jcmsim goal-seek</c>, written as goal-seek.json.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Lever">The input sought.</param>
/// <param name="TargetYear">Target year.</param>
/// <param name="ThresholdMt">The target's threshold, MtCO2.</param>
/// <param name="Probability">The probability sought.</param>
/// <param name="Low">Lower end of the search.</param>
/// <param name="High">Upper end of the search.</param>
/// <param name="TrialsPerProbe">Trials of each probe (same seed for every probe).</param>
/// <param name="Seed">Seed.</param>
/// <param name="Status">Reached, unreachable within the range, met throughout it, or not monotone.</param>
/// <param name="Value">The lever value where the probability is reached (interpolated), or null.</param>
/// <param name="IntervalLow">Largest probed value credibly below the probability sought, or null.</param>
/// <param name="IntervalHigh">Smallest probed value credibly above it, or null.</param>
/// <param name="Increasing">True when higher values of the lever raise the probability.</param>
/// <param name="JpyPerYear">When the lever scales capital: JPY per year at the target year for <see cref="Value"/>, <see cref="IntervalLow"/>, <see cref="IntervalHigh"/>; else null.</param>
/// <param name="Sentence">The answer in words, in English and Japanese.</param>
/// <param name="Probes">Every probe in the order it ran.</param>
public sealed record GoalSeekReport(
    string Scenario,
    StudyInputInfo Lever,
    int TargetYear,
    double ThresholdMt,
    double Probability,
    double Low,
    double High,
    int TrialsPerProbe,
    ulong Seed,
    GoalSeekStatus Status,
    double? Value,
    double? IntervalLow,
    double? IntervalHigh,
    bool Increasing,
    CapitalEquivalent? JpyPerYear,
    LocalizedText Sentence,
    IReadOnlyList<GoalSeekProbeRow> Probes);
