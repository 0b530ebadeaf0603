namespace JcmSim.ScenarioFormat;

/// <summary>A 1-based line and column in a <see cref="SourceDocument"/>.</summary>
internal readonly record struct SourcePosition(SourceDocument Document, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Document.DisplayPath}:{Line}:{Column}";
}
