using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Reports;

/// <summary>A row of the report's assumptions table: one input, or one input shared by several partners.</summary>
/// <param name="Path">Dotted path; <c>partners.*.FIELD</c> for a shared partner input.</param>
/// <param name="Label">Display label.</param>
/// <param name="Distribution">Describe() of the distribution.</param>
/// <param name="P10">10th percentile.</param>
/// <param name="Mean">Mean.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Scope">How often it is drawn.</param>
/// <param name="Members">For a shared row, the partner codes it stands for; empty otherwise.</param>
public sealed record AssumptionRow(string Path, LocalizedText Label, string Distribution, double P10, double Mean, double P90, ParameterScope Scope, IReadOnlyList<string> Members);
