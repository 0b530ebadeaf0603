using ScottPlot;

namespace JcmSim.Charts.Style;

/// <summary>Breaks text into lines that fit a width when drawn with a label style.</summary>
internal static class TextWrap
{
    /// <summary>
    /// <paramref name="text"/> with '\n' inserted (existing line breaks are kept) so no line is wider than <paramref name="width"/>
    /// pixels. Breaks after spaces; Japanese text (no spaces) breaks between characters, never
    /// before closing punctuation.
    /// </summary>
    public static string Wrap(string text, float width, LabelStyle style, Paint paint)
    {
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return string.Join('\n', text.Split('\n').Select(line => Wrap(line, width, style, paint)));
        }

        if (string.IsNullOrEmpty(text) || style.Measure(text, paint).Width <= width)
        {
            return text;
        }

        var lines = new List<string>();
        var line = "";
        foreach (var token in Tokens(text))
        {
            var candidate = line + token;
            if (line.Length > 0 && style.Measure(candidate.TrimEnd(), paint).Width > width)
            {
                lines.Add(line.TrimEnd());
                line = token.TrimStart();
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Trim().Length > 0)
        {
            lines.Add(line.TrimEnd());
        }

        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Tokens(string text)
    {
        // A token is a run of Latin letters/digits with its trailing space, or one CJK character
        // with any closing punctuation that must not start a line.
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (IsCjk(text[i]))
            {
                i++;
            }
            else
            {
                while (i < text.Length && !IsCjk(text[i]) && text[i] != ' ')
                {
                    i++;
                }

                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
            }

            while (i < text.Length && "、。，．）」』］】〕％%・:：;；".Contains(text[i], StringComparison.Ordinal))
            {
                i++;
            }

            yield return text[start..i];
        }
    }

    private static bool IsCjk(char c) => c >= '\u3000' && c <= '\uFFEF';
}
