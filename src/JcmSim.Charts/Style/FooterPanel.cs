using ScottPlot;
using ScottPlot.Panels;

namespace JcmSim.Charts.Style;

/// <summary>The provenance line under the chart (scenario, trials, seed, version), small and grey, left-aligned with the figure.</summary>
internal sealed class FooterPanel : PanelBase
{
    private const float Padding = 10;

    public FooterPanel(string text)
    {
        Edge = Edge.Bottom;
        Label = new LabelStyle { Text = text, FontName = ChartFonts.Family, Font = null, FontSize = ChartStyle.FooterSize, ForeColor = ChartStyle.SubtleTextColor, Alignment = Alignment.UpperLeft };
        Label.OffsetY = TextBaseline.Shift(Label.FontSize);
    }

    public LabelStyle Label { get; }

    public override float Measure(Paint paint) =>
        Padding + Label.Measure(TextWrap.Wrap(Label.Text, ChartStyle.LogicalWidth - (2 * 16), Label, paint), paint).Height + Padding;

    public override void Render(RenderPack rp, float size, float offset)
    {
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        // The layout width, as in Measure (the figure rectangle is in device pixels at scale 2; see HeaderPanel).
        var text = TextWrap.Wrap(Label.Text, ChartStyle.LogicalWidth - (2 * 16), Label, rp.Paint);
        var height = Label.Measure(text, rp.Paint).Height;
        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + 16, rect.Bottom - Padding - height), rp.Paint, text);
    }
}
