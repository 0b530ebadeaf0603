namespace JcmSim.ScenarioFormat;

/// <summary>A YAML sequence.</summary>
internal sealed class SourceSequence(SourcePosition position, IReadOnlyList<SourceNode> items) : SourceNode(position)
{
    /// <summary>The items in document order.</summary>
    public IReadOnlyList<SourceNode> Items { get; } = items;

    /// <inheritdoc />
    public override string Describe() => "a sequence";
}
