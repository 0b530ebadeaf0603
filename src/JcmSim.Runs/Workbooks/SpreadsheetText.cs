using System.Globalization;
using System.Text;

namespace JcmSim.Runs.Workbooks;

/// <summary>
/// Text as a spreadsheet cell holds it. XML cannot carry control characters or unpaired surrogates, so
/// the Office Open XML format writes them as <c>_xHHHH_</c> (ECMA-376 Part 1, §22.4.2.4, ST_Xstring), and
/// an underscore that would read as the start of such an escape as <c>_x005F_</c>; Excel and the Open XML
/// readers turn both back into the characters.
/// </summary>
internal static class SpreadsheetText
{
    /// <summary><paramref name="text"/> with every character XML cannot carry, and every literal escape, escaped.</summary>
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var carried = pair || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')) || c is '\t' or '\n' or '\r';
            var literalEscape = c == '_' && LooksEscaped(text, i);
            if (carried && !literalEscape)
            {
                escaped?.Append(c);
                if (pair)
                {
                    i++;
                    escaped?.Append(text[i]);
                }

                continue;
            }

            escaped ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
        }

        return escaped?.ToString() ?? text;
    }

    // "_x" + four hexadecimal digits + "_" from position i.
    private static bool LooksEscaped(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && text.AsSpan(i + 2, 4).ContainsAnyExcept("0123456789ABCDEFabcdef") is false;
}
