namespace JcmSim.ScenarioFormat;

/// <summary>One value of a data table: a CSV field or a scalar of an inline YAML row.</summary>
internal sealed record TableCell(string Text, SourcePosition Position);
