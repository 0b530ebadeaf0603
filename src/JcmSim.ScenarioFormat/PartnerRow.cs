using JcmSim.Model.Scenarios;

namespace JcmSim.ScenarioFormat;

/// <summary>A partner row before its distributions and pipeline are attached.</summary>
internal sealed record PartnerRow(string Code, LocalizedText Name, string Region, int SigningYear, int? AgreementEndYear);
