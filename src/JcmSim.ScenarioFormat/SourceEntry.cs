namespace JcmSim.ScenarioFormat;

/// <summary>One key–value pair of a <see cref="SourceMap"/>.</summary>
internal sealed record SourceEntry(SourceScalar Key, SourceNode Value);
