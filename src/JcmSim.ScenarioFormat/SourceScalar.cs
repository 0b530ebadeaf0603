namespace JcmSim.ScenarioFormat;

/// <summary>A YAML scalar (or a CSV cell presented as one).</summary>
internal sealed class SourceScalar(SourcePosition position, string value, bool isPlain) : SourceNode(position)
{
    /// <summary>The text of the scalar.</summary>
    public string Value { get; } = value;

    /// <summary>True for an unquoted scalar: only those can be numbers, booleans or null.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>True for YAML's null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string Describe() => IsNull ? "nothing (null)" : IsPlain ? $"'{ValueReader.Shorten(Value)}'" : $"quoted text \"{ValueReader.Shorten(Value)}\"";
}
