namespace JcmSim.ScenarioFormat;

/// <summary>
/// A node of a scenario document after YAML parsing, with the position it came from. The loader
/// works on this small tree (rather than on YamlDotNet's nodes) so that merging base and variant
/// files keeps every node's own file and position for error messages.
/// </summary>
internal abstract class SourceNode(SourcePosition position)
{
    /// <summary>Where the node starts.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>What the node is, for "expected …, got …" messages.</summary>
    public abstract string Describe();
}
