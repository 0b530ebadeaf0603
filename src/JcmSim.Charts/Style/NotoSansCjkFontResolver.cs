using ScottPlot;
using SkiaSharp;

namespace JcmSim.Charts.Style;

/// <summary>
/// Resolves <see cref="ChartFonts.Family"/> to face 0 (JP) of the Noto Sans CJK files, regular or
/// bold. ScottPlot's own <c>FileFontResolver</c> cannot pick a face of a collection and matches one
/// weight per resolver.
/// </summary>
internal sealed class NotoSansCjkFontResolver(string regularPath, string boldPath) : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        fontName == ChartFonts.Family
            ? SKTypeface.FromFile(weight >= FontWeight.SemiBold ? boldPath : regularPath, 0)
            : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
