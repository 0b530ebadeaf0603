using JcmSim.Charts.Style;
using ScottPlot;
using ScottPlot.Plottables;

namespace JcmSim.Charts.Rendering;

/// <summary>
/// Draws a plot's SVG with the chart font's small-map face (<see cref="SvgTextTypeface"/>) for every label
/// whose characters it covers, so Skia's SVG canvas does not walk the full CJK character map for each text
/// run; the SVG bytes are the same. Labels it does not cover (kanji, other scripts), and anything drawn
/// outside ScottPlot's labels, keep the full face. Tick labels are made while drawing, so they are checked
/// again after: if one is not covered, the caller draws the SVG again with every label on the full face.
/// </summary>
internal sealed class SvgTextFace : IDisposable
{
    private readonly List<(LabelStyle Style, string FontName)> _labels = [];
    private readonly List<IAxis> _tickAxes = [];
    private readonly Plot _plot;
    private readonly string? _legendFont;
    private bool _restored;

    private SvgTextFace(Plot plot)
    {
        _plot = plot;
        _legendFont = plot.Legend.FontName;
    }

    /// <summary>Puts the covered labels of <paramref name="plot"/> on the small-map face until disposed.</summary>
    public static SvgTextFace Use(Plot plot)
    {
        var face = new SvgTextFace(plot);
        foreach (var axis in plot.Axes.GetAxes())
        {
            face.Swap(axis.Label);
            if (axis.TickGenerator.Ticks.All(t => SvgTextTypeface.Covers(t.Label)) && face.Swap(axis.TickLabelStyle, checkText: false))
            {
                face._tickAxes.Add(axis);
            }
        }

        foreach (var panel in plot.Axes.GetPanels())
        {
            switch (panel)
            {
                case HeaderPanel header:
                    face.Swap(header.Title);
                    face.Swap(header.Subtitle);
                    break;
                case FooterPanel footer:
                    face.Swap(footer.Label);
                    break;
                case ValueAxisTitlePanel title:
                    face.Swap(title.Label);
                    break;
            }
        }

        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case Text text:
                    face.Swap(text.LabelStyle);
                    break;
                case Annotation annotation:
                    face.Swap(annotation.LabelStyle);
                    break;
            }
        }

        // The legend's font applies to all its entries: all or none of them move.
        var entries = plot.Legend.ManualItems.Concat(plot.GetPlottables().SelectMany(p => p.LegendItems)).ToList();
        if (plot.Legend.FontName == ChartFonts.Family && entries.All(e => SvgTextTypeface.Covers(e.LabelText)))
        {
            plot.Legend.FontName = ChartFonts.SvgTextFamily;
            foreach (var entry in plot.Legend.ManualItems)
            {
                face.Swap(entry.LabelStyle, checkText: false);
            }
        }

        return face;
    }

    /// <summary>True when every tick label drawn with the small-map face (they are made while drawing) is covered by it.</summary>
    public bool TicksCovered => _tickAxes.All(axis => axis.TickGenerator.Ticks.All(t => SvgTextTypeface.Covers(t.Label)));

    private bool Swap(LabelStyle style, bool checkText = true)
    {
        if (style.FontName != ChartFonts.Family || (checkText && !SvgTextTypeface.Covers(style.Text)))
        {
            return false;
        }

        _labels.Add((style, style.FontName));
        style.FontName = ChartFonts.SvgTextFamily;
        return true;
    }

    /// <summary>Puts every label back on the face it had.</summary>
    public void Dispose()
    {
        if (_restored)
        {
            return;
        }

        _restored = true;
        foreach (var (style, fontName) in _labels)
        {
            style.FontName = fontName;
        }

        _plot.Legend.FontName = _legendFont;
    }
}
