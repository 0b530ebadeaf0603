using ScottPlot;
using ScottPlot.Panels;

namespace JcmSim.Charts.Style;

/// <summary>
/// The vertical axis title written horizontally just above the data area, left-aligned with the
/// figure, as Japanese statistical charts put their unit ("（百万tCO2）"): rotated Japanese text
/// reads badly, its long-vowel marks turn into bars.
/// </summary>
internal sealed class ValueAxisTitlePanel : PanelBase
{
    private const float Padding = 4;

    public ValueAxisTitlePanel(string text)
    {
        Edge = Edge.Top;
        Label = new LabelStyle { Text = text, FontName = ChartFonts.Family, Font = null, FontSize = ChartStyle.AxisLabelSize - 1, ForeColor = ChartStyle.TextColor, Alignment = Alignment.UpperLeft };
        Label.OffsetY = TextBaseline.Shift(Label.FontSize);
    }

    public LabelStyle Label { get; }

    public override float Measure(Paint paint) => Padding + Label.Measure(Label.Text, paint).Height + Padding;

    public override void Render(RenderPack rp, float size, float offset)
    {
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        Label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + 16, rect.Top + Padding), rp.Paint, Label.Text);
    }
}
