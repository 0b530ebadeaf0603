using JcmSim.Model.Scenarios;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// Reads typed values from nodes. Each method records an error naming the expected type and
/// returns null when the node does not hold what is expected, so the caller can go on.
/// </summary>
internal static partial class ValueReader
{
    /// <summary>A finite number within <paramref name="range"/>.</summary>
    public static double? Number(SourceNode node, string path, ValueRange range, LoadContext context)
    {
        if (!TryNumber(node, path, context, out var value))
        {
            return null;
        }

        if (FieldCheck.Number(value, path, range) is { } problem)
        {
            context.Error(node.Position, problem);
            return null;
        }

        return value;
    }

    /// <summary>Parses a finite number, recording an error when the node is not one.</summary>
    public static bool TryNumber(SourceNode node, string path, LoadContext context, out double value)
    {
        value = 0;
        if (node is SourceScalar { IsPlain: true, IsNull: false } special && IsNonFiniteLiteral(special.Value))
        {
            context.Error(node.Position, path, $"expected a finite number, got {special.Value.Trim()}", "a finite number; NaN and infinities are not numbers a scenario can use");
            return false;
        }

        if (node is SourceScalar { IsPlain: true, IsNull: false } scalar && TryParseNumber(scalar.Value, out value))
        {
            if (double.IsFinite(value))
            {
                return true;
            }

            context.Error(node.Position, path, $"expected a finite number, got {scalar.Value} (too large for a number)", "a finite number");
            return false;
        }

        context.Error(node.Position, path, $"expected a number, got {node.Describe()}");
        return false;
    }

    /// <summary>
    /// Parses a number in invariant culture. Digit separators as in YAML 1.1 (<c>6_000_000_000</c>)
    /// are accepted because yen amounts are long.
    /// </summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains('_'))
        {
            if (!DigitGroups().IsMatch(trimmed))
            {
                value = 0;
                return false;
            }

            trimmed = trimmed.Replace("_", "", StringComparison.Ordinal);
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// True for YAML's and .NET's spellings of NaN and infinities (<c>.nan</c>, <c>.inf</c>,
    /// <c>-.Inf</c>, <c>NaN</c>, <c>Infinity</c>, <c>∞</c>), which are never usable numbers.
    /// </summary>
    public static bool IsNonFiniteLiteral(string text)
    {
        var t = text.Trim().TrimStart('+', '-').ToLowerInvariant();
        return t is ".nan" or ".inf" or "nan" or "inf" or "infinity" or "∞";
    }

    /// <summary>A whole number within <paramref name="range"/>.</summary>
    public static int? WholeNumber(SourceNode node, string path, WholeNumberRange range, LoadContext context)
    {
        if (node is SourceScalar { IsPlain: true, IsNull: false } scalar && TryParseNumber(scalar.Value, out var value) && double.IsFinite(value))
        {
            if (value != Math.Floor(value))
            {
                context.Error(node.Position, path, $"expected a whole number, got {scalar.Value}", range.Text);
                return null;
            }

            if (FieldCheck.WholeNumber(value, path, range) is { } problem)
            {
                context.Error(node.Position, problem);
                return null;
            }

            return (int)value;
        }

        context.Error(node.Position, path, $"expected a whole number, got {node.Describe()}", range.Text);
        return null;
    }

    /// <summary>Any non-null scalar as text (plain numbers are text too).</summary>
    public static string? Text(SourceNode node, string path, LoadContext context)
    {
        if (node is SourceScalar { IsNull: false } scalar)
        {
            var trimmed = scalar.Value.Trim();
            if (trimmed.Length > ScenarioLimits.MaxTextLength)
            {
                context.Error(node.Position, path, $"the text is {trimmed.Length:N0} characters long", $"at most {ScenarioLimits.MaxTextLength:N0} characters");
                return null;
            }

            if (trimmed.Length > 0)
            {
                return trimmed;
            }

            context.Error(node.Position, path, "expected non-empty text, got an empty string");
            return null;
        }

        context.Error(node.Position, path, $"expected text, got {node.Describe()}");
        return null;
    }

    /// <summary>An identifier (letters, digits, '_' and '-', starting with a letter), e.g. a sector or channel id.</summary>
    public static string? Identifier(SourceNode node, string path, LoadContext context)
    {
        var text = Text(node, path, context);
        if (text is not null && (!IsIdentifier(text)))
        {
            var shown = text.Length > ScenarioLimits.MaxIdentifierLength ? text[..ScenarioLimits.MaxIdentifierLength] + "…" : text;
            context.Error(node.Position, path, $"'{shown}' is not a valid identifier", IdentifierRule);
            return null;
        }

        return text;
    }

    /// <summary>True when <paramref name="text"/> is an identifier of at most <see cref="ScenarioLimits.MaxIdentifierLength"/> characters.</summary>
    public static bool IsIdentifier(string text) => text.Length <= ScenarioLimits.MaxIdentifierLength && IdentifierPattern().IsMatch(text);

    /// <summary>True or false.</summary>
    public static bool? Boolean(SourceNode node, string path, LoadContext context)
    {
        if (node is SourceScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        context.Error(node.Position, path, $"expected true or false, got {node.Describe()}", "true, false");
        return null;
    }

    /// <summary>One of the camelCase names of <typeparamref name="T"/>'s members.</summary>
    public static T? Enum<T>(SourceNode node, string path, LoadContext context)
        where T : struct, Enum
    {
        var names = System.Enum.GetNames<T>().Select(CamelCase).ToList();
        var text = Text(node, path, context);
        if (text is null)
        {
            return null;
        }

        var index = names.IndexOf(text);
        if (index < 0)
        {
            context.Error(node.Position, path, $"unknown value '{text}'{Suggestion.Hint(text, names)}", string.Join(", ", names));
            return null;
        }

        return System.Enum.GetValues<T>()[index];
    }

    /// <summary>One of <paramref name="allowed"/>.</summary>
    public static string? Choice(SourceNode node, string path, IReadOnlyList<string> allowed, LoadContext context)
    {
        var text = Text(node, path, context);
        if (text is not null && !allowed.Contains(text))
        {
            context.Error(node.Position, path, $"unknown value '{text}'{Suggestion.Hint(text, allowed)}", string.Join(", ", allowed));
            return null;
        }

        return text;
    }

    /// <summary>A string (English only) or a mapping <c>{en: …, ja: …}</c>.</summary>
    public static LocalizedText? Localized(SourceNode node, string path, LoadContext context)
    {
        if (node is SourceMap)
        {
            var map = MapReader.Open(node, path, context, ["en", "ja"]);
            var en = map?.Text("en");
            var ja = map?.Text("ja", required: false);
            return en is null ? null : new LocalizedText(en, ja);
        }

        if (node is SourceSequence)
        {
            context.Error(node.Position, path, "expected text or a mapping {en: …, ja: …}, got a sequence");
            return null;
        }

        return Text(node, path, context) is { } text ? new LocalizedText(text) : null;
    }

    /// <summary>
    /// A number (the same in every year) or a mapping of fiscal years to values,
    /// <c>{2026: 1.2e10, 2030: 1.5e10}</c>, years ascending.
    /// </summary>
    public static YearPath? OverYears(SourceNode node, string path, ValueRange range, LoadContext context)
    {
        if (node is SourceScalar)
        {
            return Number(node, path, range, context) is { } constant ? YearPath.Constant(constant) : null;
        }

        if (node is not SourceMap map)
        {
            context.Error(node.Position, path, $"expected a number or a mapping of fiscal years to numbers, got {node.Describe()}", "e.g. 1.2e10 or {2026: 1.2e10, 2030: 1.5e10}");
            return null;
        }

        if (map.Entries.Count == 0)
        {
            context.Error(node.Position, path, "a year path needs at least one year", "e.g. {2026: 1.2e10}");
            return null;
        }

        var points = new List<YearValue>();
        var ok = true;
        int? previous = null;
        foreach (var entry in map.Entries)
        {
            var entryPath = $"{path}.{entry.Key.Value}";
            var year = WholeNumber(entry.Key, entryPath, WholeNumberRange.Year, context);
            var value = Number(entry.Value, entryPath, range, context);
            if (year is { } y && previous is { } p && y <= p)
            {
                context.Error(entry.Key.Position, entryPath, $"years must be ascending: {y} comes after {p}");
                ok = false;
            }

            if (year is null || value is null)
            {
                ok = false;
                continue;
            }

            previous = year;
            points.Add(new YearValue(year.Value, value.Value));
        }

        return ok ? new YearPath(points) : null;
    }

    /// <summary>A sequence of text items (e.g. sector ids), each with its node for cross-reference messages.</summary>
    public static IReadOnlyList<(string Value, SourceNode Node, string Path)>? TextList(SourceNode node, string path, LoadContext context)
    {
        if (node is not SourceSequence sequence)
        {
            context.Error(node.Position, path, $"expected a sequence, got {node.Describe()}", "e.g. [solar, efficiency]");
            return null;
        }

        var items = new List<(string, SourceNode, string)>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (Text(sequence.Items[i], itemPath, context) is { } text)
            {
                items.Add((text, sequence.Items[i], itemPath));
            }
        }

        return items;
    }

    /// <summary>Text for a message: cut to 80 characters (a key or value can be megabytes long).</summary>
    public static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    /// <summary>What an identifier may be, for messages and the JSON Schema.</summary>
    public static string IdentifierRule => $"letters, digits, '_' and '-', starting with a letter, at most {ScenarioLimits.MaxIdentifierLength} characters";

    /// <summary>The camelCase form of a PascalCase member name.</summary>
    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^[+-]?[0-9]+(_[0-9]+)*(\.[0-9]+(_[0-9]+)*)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex DigitGroups();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdentifierPattern();
}
