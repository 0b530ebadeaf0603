using System.Globalization;
using System.Text;
using SkiaSharp;

namespace JcmSim.Charts.Style;

/// <summary>Which characters of a text a typeface cannot draw (they would render as tofu boxes).</summary>
public static class GlyphCoverage
{
    /// <summary>
    /// The distinct characters (Unicode scalar values, as strings) of <paramref name="text"/> that
    /// <paramref name="typeface"/> has no glyph for, in order of first appearance. Whitespace and
    /// control characters are not drawn as glyphs and are skipped.
    /// </summary>
    public static IReadOnlyList<string> MissingCharacters(SKTypeface typeface, string text)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        ArgumentNullException.ThrowIfNull(text);
        var missing = new List<string>();
        var seen = new HashSet<int>();
        using var font = new SKFont(typeface);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || !seen.Add(rune.Value))
            {
                continue;
            }

            if (font.GetGlyph(rune.Value) == 0)
            {
                missing.Add(rune.ToString());
            }
        }

        return missing;
    }
}
