namespace JcmSim.Analysis.Results;

/// <summary>
/// The content of summary.json, a stable contract for scripts and notebooks (camelCase):
/// <code>
/// {"schemaVersion":2,
///  "scenarios":[{"name","title":{"en","ja"},"trials","seed","accountingStartYear",
///    "targets":[{"fiscalYear","thresholdMt","probability","ciLow","ciHigh",
///      "cumulativeMt":{"p5","p25","p50","p75","p95","mean"},"japanItmoMt":{…},"shortfallMt":{…},
///      "firstYearMet":{"share","p50"},
///      "readings":{"expectedReductionsMt":{…},"realisedReductionsMt":{…},"creditsIssuedMt":{…},"japanItmosMt":{…}}}],
///    "japanItmoShare","reading",
///    "observations":[{"fiscalYear","asOf","quantity","value","unit","role","source","reading","p5","p50","p95",
///      "verdict":"inside|below|above|notModelled","notModelledBecause"}]}],
///  "comparison":[{"scenario","reference","fiscalYear","pairs",
///    "probability":{"difference","ciLow","ciHigh"},"cumulativeMt":{"difference","ciLow","ciHigh"}}]}
/// </code>
/// All intervals are 95%. Fields are only ever added, with <see cref="SchemaVersion"/> raised when a
/// meaning changes (2: probability, cumulativeMt, shortfallMt and firstYearMet are of the scenario's
/// <c>reading</c>, realised reductions unless the scenario says otherwise).
/// </summary>
/// <param name="Scenarios">One summary per scenario, in run order; the first is the reference.</param>
/// <param name="Comparison">For each scenario after the first and each target year, its paired difference from the first; empty for a single scenario.</param>
public sealed record RunSummary(IReadOnlyList<ScenarioSummary> Scenarios, IReadOnlyList<ScenarioComparison> Comparison)
{
    /// <summary>The summary.json schema version written by this code.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>Version of the summary.json schema.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
