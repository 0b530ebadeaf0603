using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Reports;

/// <summary>A fixed setting of a scenario for the report: path, label and value as text.</summary>
/// <param name="Path">Dotted path as in the scenario format.</param>
/// <param name="Label">Display label.</param>
/// <param name="Value">The value, formatted.</param>
public sealed record SettingRow(string Path, LocalizedText Label, string Value);
