using ScottPlot;
using SkiaSharp;

namespace JcmSim.Charts.Style;

/// <summary>
/// Resolves <see cref="ChartFonts.Family"/> to face 0 (JP) of the Noto Sans CJK files, regular or
/// bold. ScottPlot's own <c>FileFontResolver</c> cannot pick a face of a collection and matches one
/// weight per resolver. <see cref="ChartFonts.SvgTextFamily"/> resolves to the same faces with a small
/// character map (<see cref="SvgTextTypeface"/>), made once per process, or to the full faces when
/// the file's map is not one it can cut down.
/// </summary>
internal sealed class NotoSansCjkFontResolver(string regularPath, string boldPath) : IFontResolver
{
    private readonly Lazy<SKTypeface> _svgRegular = new(() => SvgTextTypeface.Open(regularPath) ?? SKTypeface.FromFile(regularPath, 0));
    private readonly Lazy<SKTypeface> _svgBold = new(() => SvgTextTypeface.Open(boldPath) ?? SKTypeface.FromFile(boldPath, 0));

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => fontName switch
    {
        ChartFonts.Family => SKTypeface.FromFile(weight >= FontWeight.SemiBold ? boldPath : regularPath, 0),
        ChartFonts.SvgTextFamily => weight >= FontWeight.SemiBold ? _svgBold.Value : _svgRegular.Value,
        _ => null,
    };

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
