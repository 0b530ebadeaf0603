using ScottPlot;
using ScottPlot.Plottables;

namespace JcmSim.Charts.Style;

/// <summary>
/// Puts text where ScottPlot means it to be with Noto Sans CJK. ScottPlot places a line's baseline at
/// (line height − font bottom) below the top of its box; the CJK collection's bounding box is very
/// tall (top −1.81 em, bottom 1.05 em against DejaVu's −1.23 and 0.46), so every label lands about
/// two thirds of an em too high: tick labels touch their ticks, legend text rides above its swatch,
/// the vertical axis title leaves the figure. The correction moves each label so the capital letters
/// sit centred in the box ScottPlot measured for it.
/// </summary>
internal static class TextBaseline
{
    /// <summary>The downward shift in em: (line height + cap height) / 2 − (line height − bottom).</summary>
    public static float ShiftEm { get; } = Compute();

    /// <summary>The shift in pixels for text of <paramref name="fontSize"/> px.</summary>
    public static float Shift(float fontSize) => ShiftEm * fontSize;

    /// <summary>
    /// Padding that makes a label's background hug its glyphs (plus <paramref name="marginEm"/> em):
    /// ScottPlot sizes the background to the line box, which with this font reaches far below the
    /// text and not quite up to the capitals.
    /// </summary>
    public static PixelPadding BackgroundPadding(float fontSize, float marginEm = 0.15f)
    {
        var (lineHeight, baseline, cap, descent) = Metrics;
        var top = cap - baseline + marginEm;
        var bottom = baseline + descent + marginEm - lineHeight;
        return new PixelPadding(marginEm * fontSize, marginEm * fontSize, bottom * fontSize, top * fontSize);
    }

    // In em: line height, ScottPlot's baseline below the box top, cap height, descent.
    private static (float LineHeight, float Baseline, float Cap, float Descent) Metrics { get; } = ReadMetrics();

    /// <summary>Applies the correction to every label of <paramref name="plot"/>: axes, ticks, legend entries, texts and annotations. Call once per plot.</summary>
    public static void Apply(Plot plot)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            var label = axis.Label;
            switch (axis.Edge)
            {
                // Vertical axis titles are rotated: "down" in the text is right on the left axis, left on the right.
                case Edge.Left:
                    label.OffsetX += Shift(label.FontSize);
                    break;
                case Edge.Right:
                    label.OffsetX -= Shift(label.FontSize);
                    break;
                default:
                    label.OffsetY += Shift(label.FontSize);
                    break;
            }

            axis.TickLabelStyle.OffsetY += Shift(axis.TickLabelStyle.FontSize);
        }

        foreach (var item in plot.Legend.ManualItems)
        {
            var size = plot.Legend.FontSize ?? item.LabelFontSize;
            item.LabelFontSize = size;
            item.LabelStyle.OffsetY += Shift(size);
        }

        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case Text text:
                    text.LabelStyle.OffsetY += Shift(text.LabelStyle.FontSize);
                    break;
                case Annotation annotation:
                    annotation.LabelStyle.OffsetY += Shift(annotation.LabelStyle.FontSize);
                    break;
            }
        }
    }

    private static float Compute()
    {
        var (lineHeight, baseline, cap, _) = ReadMetrics();
        return ((lineHeight + cap) / 2) - baseline;
    }

    private static (float LineHeight, float Baseline, float Cap, float Descent) ReadMetrics()
    {
        using var typeface = ChartFonts.OpenTypeface();
        using var font = new SkiaSharp.SKFont(typeface, 1);
        var lineHeight = font.GetFontMetrics(out var metrics);
        return (lineHeight, lineHeight - metrics.Bottom, metrics.CapHeight, metrics.Descent);
    }
}
