using JcmSim.Model.Distributions;

namespace JcmSim.ScenarioFormat;

/// <summary>The per-country distributions of <c>countryDefaults</c>.</summary>
internal sealed record CountryParameters(Distribution ReadinessLagYears, Distribution HostRetentionShare, Distribution CountryRiskPremium);
