using ScottPlot;
using ScottPlot.Panels;

namespace JcmSim.Charts.Style;

/// <summary>
/// The chart's title (bold) and subtitle (grey) above the data area, left-aligned with the figure
/// as statistical offices set them, wrapped to the figure width.
/// </summary>
internal sealed class HeaderPanel : PanelBase
{
    private const float Padding = 16;
    private const float Gap = 6;

    public HeaderPanel(string title, string subtitle)
    {
        Edge = Edge.Top;
        Title = new LabelStyle { Text = title, FontName = ChartFonts.Family, Font = null, FontSize = ChartStyle.TitleSize, Bold = true, ForeColor = ChartStyle.TextColor, Alignment = Alignment.UpperLeft };
        Subtitle = new LabelStyle { Text = subtitle, FontName = ChartFonts.Family, Font = null, FontSize = ChartStyle.SubtitleSize, ForeColor = ChartStyle.SubtleTextColor, Alignment = Alignment.UpperLeft };
        Title.OffsetY = TextBaseline.Shift(Title.FontSize);
        Subtitle.OffsetY = TextBaseline.Shift(Subtitle.FontSize);
    }

    public LabelStyle Title { get; }

    public LabelStyle Subtitle { get; }

    public override float Measure(Paint paint)
    {
        var width = ChartStyle.LogicalWidth - (2 * Padding);
        var title = Title.Measure(TextWrap.Wrap(Title.Text, width, Title, paint), paint).Height;
        var subtitle = string.IsNullOrEmpty(Subtitle.Text) ? 0 : Gap + Subtitle.Measure(TextWrap.Wrap(Subtitle.Text, width, Subtitle, paint), paint).Height;
        return Padding + title + subtitle + Padding;
    }

    public override void Render(RenderPack rp, float size, float offset)
    {
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var left = rp.FigureRect.Left + Padding;
        // The layout width, as in Measure: when the PNG is drawn at scale 2 the figure rectangle is in
        // device pixels (twice as wide) while text is measured in layout units, so wrapping by it
        // left a long subtitle on one line running off the edge.
        var width = ChartStyle.LogicalWidth - (2 * Padding);
        var titleText = TextWrap.Wrap(Title.Text, width, Title, rp.Paint);
        var y = rect.Top + Padding;
        Title.Render(rp.Canvas, new Pixel(left, y), rp.Paint, titleText);
        y += Title.Measure(titleText, rp.Paint).Height + Gap;
        if (!string.IsNullOrEmpty(Subtitle.Text))
        {
            Subtitle.Render(rp.Canvas, new Pixel(left, y), rp.Paint, TextWrap.Wrap(Subtitle.Text, width, Subtitle, rp.Paint));
        }
    }
}
