using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JcmSim.Notebooks.Running;

/// <summary>
/// Writes a notebook's JSON exactly as Jupyter's nbformat does (<c>json.dumps(nb, sort_keys=True,
/// indent=1, ensure_ascii=False)</c> plus a final newline), so a notebook written by the runner and
/// saved again by Jupyter is unchanged and the same outputs give the same bytes.
/// </summary>
internal static class JupyterJson
{
    /// <summary>The document as nbformat writes it.</summary>
    public static string Write(JsonNode? document)
    {
        var text = new StringBuilder();
        WriteValue(text, document, 0);
        return text.Append('\n').ToString();
    }

    private static void WriteValue(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                WriteObject(text, obj, depth);
                break;
            case JsonArray array:
                WriteArray(text, array, depth);
                break;
            case JsonValue value:
                WriteScalar(text, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder text, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            text.Append("{}");
            return;
        }

        text.Append("{\n");
        var first = true;

        // Python sorts keys by code point; ordinal UTF-16 order is the same outside surrogate pairs.
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                text.Append(",\n");
            }

            first = false;
            text.Append(' ', depth + 1);
            WriteString(text, key);
            text.Append(": ");
            WriteValue(text, value, depth + 1);
        }

        text.Append('\n').Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder text, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            text.Append("[]");
            return;
        }

        text.Append("[\n");
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                text.Append(",\n");
            }

            text.Append(' ', depth + 1);
            WriteValue(text, array[i], depth + 1);
        }

        text.Append('\n').Append(' ', depth).Append(']');
    }

    private static void WriteScalar(StringBuilder text, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(text, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Number:
                // Integers as written; other numbers in the shortest form that round-trips, as Python's repr.
                var number = value.ToJsonString();
                text.Append(number.AsSpan().IndexOfAny(".eE") < 0 ? number : PythonFloat(double.Parse(number, CultureInfo.InvariantCulture)));
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static string PythonFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) || text.Contains("Infinity", StringComparison.Ordinal) || text == "NaN"
            ? text.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal)
            : text + ".0";
    }

    // ensure_ascii=False: only the quote, the backslash and control characters are escaped.
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case < ' ':
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
