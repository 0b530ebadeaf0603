using JcmSim.Model.Scenarios;
using JcmSim.Model.Distributions;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads the fields of one YAML mapping. Opening it checks for unknown keys (with a "did you
/// mean" suggestion); each accessor reports a missing required key at the mapping and a bad value
/// at the value, and returns null so reading goes on.
/// </summary>
internal sealed class MapReader
{
    private readonly LoadContext _context;

    private MapReader(SourceMap map, string path, LoadContext context)
    {
        Map = map;
        Path = path;
        _context = context;
    }

    /// <summary>The mapping being read.</summary>
    public SourceMap Map { get; }

    /// <summary>The field path of the mapping, e.g. <c>channels.moej</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// A reader for <paramref name="node"/> if it is a mapping (otherwise records a type error and
    /// returns null); keys outside <paramref name="keys"/> are reported as unknown.
    /// </summary>
    public static MapReader? Open(SourceNode node, string path, LoadContext context, IReadOnlyCollection<string> keys)
    {
        if (node is not SourceMap map)
        {
            context.Error(node.Position, path, $"expected a mapping, got {node.Describe()}", "keys: " + string.Join(", ", keys));
            return null;
        }

        foreach (var entry in map.Entries)
        {
            if (!keys.Contains(entry.Key.Value))
            {
                context.Error(entry.Key.Position, Join(path, entry.Key.Value), $"unknown key '{ValueReader.Shorten(entry.Key.Value)}'{Suggestion.Hint(entry.Key.Value, keys)}", string.Join(", ", keys));
            }
        }

        return new MapReader(map, path, context);
    }

    /// <summary>The path of a child field.</summary>
    public string PathOf(string key) => Join(Path, key);

    /// <summary>True when <paramref name="key"/> is present with a non-null value.</summary>
    public bool Has(string key) => Map.Find(key) is { } entry && entry.Value is not SourceScalar { IsNull: true };

    /// <summary>The value of <paramref name="key"/>; null (and, when required, an error) if absent or null.</summary>
    public SourceNode? Get(string key, bool required = true)
    {
        var entry = Map.Find(key);
        if (entry is null || entry.Value is SourceScalar { IsNull: true })
        {
            if (required)
            {
                var at = entry?.Key.Position ?? Map.Position;
                _context.Error(at, PathOf(key), entry is null ? "required key is missing" : "required value is empty");
            }

            return null;
        }

        return entry.Value;
    }

    /// <summary>A number within <paramref name="range"/>.</summary>
    public double? Number(string key, ValueRange range, bool required = true) =>
        Get(key, required) is { } node ? ValueReader.Number(node, PathOf(key), range, _context) : null;

    /// <summary>A whole number within <paramref name="range"/>.</summary>
    public int? WholeNumber(string key, WholeNumberRange range, bool required = true) =>
        Get(key, required) is { } node ? ValueReader.WholeNumber(node, PathOf(key), range, _context) : null;

    /// <summary>Non-empty text.</summary>
    public string? Text(string key, bool required = true) =>
        Get(key, required) is { } node ? ValueReader.Text(node, PathOf(key), _context) : null;

    /// <summary>An identifier (letters, digits, '_' and '-').</summary>
    public string? Identifier(string key, bool required = true) =>
        Get(key, required) is { } node ? ValueReader.Identifier(node, PathOf(key), _context) : null;

    /// <summary>True or false.</summary>
    public bool? Boolean(string key, bool required = false) =>
        Get(key, required) is { } node ? ValueReader.Boolean(node, PathOf(key), _context) : null;

    /// <summary>An enum value by its camelCase name.</summary>
    public T? Enum<T>(string key, bool required = true)
        where T : struct, Enum =>
        Get(key, required) is { } node ? ValueReader.Enum<T>(node, PathOf(key), _context) : null;

    /// <summary>One of <paramref name="allowed"/>.</summary>
    public string? Choice(string key, IReadOnlyList<string> allowed, bool required = true) =>
        Get(key, required) is { } node ? ValueReader.Choice(node, PathOf(key), allowed, _context) : null;

    /// <summary>Text in English, or English and Japanese.</summary>
    public LocalizedText? Localized(string key, bool required = true) =>
        Get(key, required) is { } node ? ValueReader.Localized(node, PathOf(key), _context) : null;

    /// <summary>A distribution whose support lies within <paramref name="range"/>.</summary>
    public Distribution? Uncertain(string key, ValueRange range, bool required = true) =>
        Get(key, required) is { } node ? DistributionReader.Read(node, PathOf(key), range, _context) : null;

    /// <summary>A constant or a path over fiscal years, values within <paramref name="range"/>.</summary>
    public YearPath? OverYears(string key, ValueRange range, bool required = true) =>
        Get(key, required) is { } node ? ValueReader.OverYears(node, PathOf(key), range, _context) : null;

    /// <summary>A sequence of text items.</summary>
    public IReadOnlyList<(string Value, SourceNode Node, string Path)>? TextList(string key, bool required = false) =>
        Get(key, required) is { } node ? ValueReader.TextList(node, PathOf(key), _context) : null;

    /// <summary>The number <paramref name="field"/> of this mapping, required unless it has a default.</summary>
    public double? Number(ScenarioField field) => Number(field.Key, field.Values, field.IsRequired);

    /// <summary>The whole number <paramref name="field"/> of this mapping, required unless it has a default.</summary>
    public int? WholeNumber(ScenarioField field) => WholeNumber(field.Key, field.WholeValues, field.IsRequired);

    /// <summary>The distribution <paramref name="field"/> of this mapping, required unless it has a default.</summary>
    public Distribution? Uncertain(ScenarioField field) => Uncertain(field.Key, field.Values, field.IsRequired);

    /// <summary>The year path <paramref name="field"/> of this mapping, required unless it has a default.</summary>
    public YearPath? OverYears(ScenarioField field) => OverYears(field.Key, field.Values, field.IsRequired);

    /// <summary>A nested mapping with the given keys.</summary>
    public MapReader? Nested(string key, IReadOnlyCollection<string> keys, bool required = true) =>
        Get(key, required) is { } node ? Open(node, PathOf(key), _context, keys) : null;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
