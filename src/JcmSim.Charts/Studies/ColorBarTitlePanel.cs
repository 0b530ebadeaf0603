using JcmSim.Charts.Style;
using ScottPlot;
using ScottPlot.Panels;

namespace JcmSim.Charts.Studies;

/// <summary>
/// The colour bar's title written horizontally above the data area, right-aligned with the figure
/// over the bar: a rotated title at the right edge would be cut off and reads badly in Japanese.
/// </summary>
internal sealed class ColorBarTitlePanel : PanelBase
{
    private const float Padding = 4;

    // The colour bar's width plus its gap to the data area.
    private const float BarReach = 32;

    /// <summary>Adds the title to <paramref name="plot"/> next to the data area, below the header (which must already be there).</summary>
    public static void AddTo(Plot plot, string text)
    {
        // Top panels stack outward in the order added: take the header, legend and footer out and
        // put them back after the title so it sits next to the data.
        var outer = plot.Axes.GetPanels().Where(p => p is HeaderPanel or FooterPanel or LegendPanel).ToList();
        outer.ForEach(plot.Axes.Remove);
        plot.Axes.AddPanel(new ColorBarTitlePanel(text));
        outer.ForEach(plot.Axes.AddPanel);
    }

    private ColorBarTitlePanel(string text)
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
        var width = Label.Measure(Label.Text, rp.Paint).Width;
        // Ends over the bar (drawn just right of the data area); the figure's own right edge is in
        // device pixels when the PNG is drawn at scale 2, the data area is in layout units.
        Label.Render(rp.Canvas, new Pixel(rp.DataRect.Right + BarReach - width, rect.Top + Padding), rp.Paint, Label.Text);
    }
}
