namespace JcmSim.ScenarioFormat;

/// <summary>A YAML mapping with text keys, in document order (order matters for channels).</summary>
internal sealed class SourceMap(SourcePosition position, IReadOnlyList<SourceEntry> entries) : SourceNode(position)
{
    /// <summary>The entries in document order; keys are unique.</summary>
    public IReadOnlyList<SourceEntry> Entries { get; } = entries;

    /// <summary>The entry with key <paramref name="key"/>, or null.</summary>
    public SourceEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string Describe() => "a mapping";
}
