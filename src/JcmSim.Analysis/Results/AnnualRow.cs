using JcmSim.Analysis.Statistics;

namespace JcmSim.Analysis.Results;

/// <summary>One row of annual.parquet: a series in a fiscal year of a scenario, summarised over trials.</summary>
internal sealed record AnnualRow(string Scenario, string Series, string Unit, int FiscalYear, QuantileSummary Values);
