using System.Globalization;
using JcmSim.Charts.Localization;
using JcmSim.Model.Scenarios;
using ScottPlot;

namespace JcmSim.Charts.Style;

/// <summary>
/// The one look of every JcmSim chart: a 1200×750 layout (saved as 2400×1500 PNG and as SVG), a
/// left-aligned bold title with a grey subtitle, a provenance footer, light horizontal grid lines,
/// no top or right frame, Noto Sans CJK JP everywhere, Okabe–Ito colours, targets in black.
/// </summary>
public static class ChartStyle
{
    /// <summary>Layout width in pixels (the PNG is rendered at twice this).</summary>
    public const int LogicalWidth = 1200;

    /// <summary>Layout height in pixels (the PNG is rendered at twice this).</summary>
    public const int LogicalHeight = 750;

    /// <summary>Title size, px.</summary>
    public const float TitleSize = 22;

    /// <summary>Subtitle size, px.</summary>
    public const float SubtitleSize = 14;

    /// <summary>Axis title size, px.</summary>
    public const float AxisLabelSize = 15;

    /// <summary>Tick label size, px.</summary>
    public const float TickSize = 13;

    /// <summary>Legend text size, px.</summary>
    public const float LegendSize = 13;

    /// <summary>Annotation size, px.</summary>
    public const float AnnotationSize = 13;

    /// <summary>Footer size, px.</summary>
    public const float FooterSize = 11;

    /// <summary>Main text colour.</summary>
    public static Color TextColor { get; } = Color.FromHex("#1A1A1A");

    /// <summary>Secondary text colour (subtitle, footer, tick labels).</summary>
    public static Color SubtleTextColor { get; } = Color.FromHex("#595959");

    /// <summary>Grid line colour.</summary>
    public static Color GridColor { get; } = Color.FromHex("#E3E3E3");

    /// <summary>Axis line colour.</summary>
    public static Color AxisColor { get; } = Color.FromHex("#6E6E6E");

    /// <summary>Targets and other reference marks.</summary>
    public static Color TargetColor { get; } = OkabeIto.Black;

    /// <summary>The years before the simulation (existing projects).</summary>
    public static Color HistoryColor { get; } = Color.FromHex("#4D4D4D");

    /// <summary>The remainder of a breakdown ("Others").</summary>
    public static Color OthersColor { get; } = Color.FromHex("#C8C8C8");

    /// <summary>Neutral colours for categories beyond the seven of <see cref="OkabeIto.Categorical"/>.</summary>
    public static IReadOnlyList<Color> ExtraGreys { get; } = [Color.FromHex("#8C8C8C"), Color.FromHex("#5E5E5E")];

    /// <summary>
    /// A new plot in the house style with its title, subtitle and provenance footer. Axis titles,
    /// data and legend are the caller's.
    /// </summary>
    /// <exception cref="ChartFontMissingException">The chart font is not installed.</exception>
    public static Plot NewPlot(string title, string subtitle, string footer)
    {
        ChartFonts.Register();
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Title.IsVisible = false;
        plot.Axes.AddPanel(new HeaderPanel(title, subtitle));
        plot.Axes.AddPanel(new FooterPanel(footer));

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ChartFonts.Family;
            axis.Label.Font = null;
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = TextColor;
            axis.TickLabelStyle.FontName = ChartFonts.Family;
            axis.TickLabelStyle.Font = null;
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = SubtleTextColor;
            axis.MajorTickStyle.Color = AxisColor;
            axis.MajorTickStyle.Length = 4;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = AxisColor;
            axis.FrameLineStyle.Width = 1;
        }

        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.MajorTickStyle.Length = 0;
        plot.Axes.Right.MajorTickStyle.Length = 0;

        plot.Grid.MajorLineColor = GridColor;
        plot.Grid.MajorLineWidth = 1;
        plot.Grid.MinorLineWidth = 0;
        plot.Grid.XAxisStyle.IsVisible = false;

        plot.Legend.FontName = ChartFonts.Family;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontColor = TextColor;
        plot.Legend.OutlineColor = Color.FromHex("#D0D0D0");
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(235);
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.IsVisible = false;
        return plot;
    }

    /// <summary>
    /// Completes a chart built with <see cref="NewPlot"/>: corrects the placement of every label for
    /// the chart font (see TextBaseline) and, for Japanese charts, writes the vertical axis title
    /// horizontally above the data area. Call once, after the last label is added.
    /// </summary>
    /// <param name="plot">The chart.</param>
    /// <param name="language">"en" or "ja".</param>
    public static Plot Finish(Plot plot, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (language == "ja" && !string.IsNullOrEmpty(plot.Axes.Left.Label.Text))
        {
            // Top panels stack outward in order: the axis title goes first so it sits next to the data.
            var panels = plot.Axes.GetPanels().Where(p => p is HeaderPanel or FooterPanel or ScottPlot.Panels.LegendPanel).ToList();
            panels.ForEach(plot.Axes.Remove);
            plot.Axes.AddPanel(new ValueAxisTitlePanel(plot.Axes.Left.Label.Text));
            panels.ForEach(plot.Axes.AddPanel);
            plot.Axes.Left.Label.Text = "";
        }

        TextBaseline.Apply(plot);
        return plot;
    }

    /// <summary>
    /// Ticks on whole fiscal years: every year for spans up to 12 years, else every fifth year plus
    /// the first and last year when they are at least two years from a fifth-year tick.
    /// </summary>
    public static void FiscalYearTicks(IAxis axis, int firstYear, int lastYear)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        if (lastYear - firstYear <= 12)
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                ticks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
            }
        }
        else
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                var distance = Math.Min(year % 5, 5 - (year % 5));
                if (year % 5 == 0 || ((year == firstYear || year == lastYear) && distance >= 2))
                {
                    ticks.AddMajor(year, year.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>Tick labels as numbers with thousands separators; horizontal axes get sparser ticks than ScottPlot's default.</summary>
    public static void NumberTicks(IAxis axis, string suffix = "")
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,0.##", CultureInfo.InvariantCulture) + suffix,
            TickDensity = axis.Edge is Edge.Bottom or Edge.Top ? 0.55 : 1.0,
        };
    }

    /// <summary>Tick labels as percentages (values already in %).</summary>
    public static void PercentTicks(IAxis axis) => NumberTicks(axis, "%");

    /// <summary>Percent ticks every <paramref name="step"/> points from 0 to 100.</summary>
    public static void PercentTicks(IAxis axis, int step)
    {
        ArgumentNullException.ThrowIfNull(axis);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var value = 0; value <= 100; value += step)
        {
            ticks.AddMajor(value, value.ToString(CultureInfo.InvariantCulture) + "%");
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>Tick labels as whole counts (no fractional ticks).</summary>
    public static void CountTicks(IAxis axis)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("#,0", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// Marks each target: a dashed black line at its threshold from <paramref name="fromYear"/> to
    /// its year, a diamond at (year, threshold) and its label above the line.
    /// </summary>
    public static void AddTargets(Plot plot, IEnumerable<ReductionTarget> targets, double fromYear, ChartText text)
    {
        foreach (var target in targets)
        {
            var line = plot.Add.Line(fromYear, target.ThresholdMt, target.FiscalYear, target.ThresholdMt);
            line.Color = TargetColor;
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dashed;
            var marker = plot.Add.Marker(target.FiscalYear, target.ThresholdMt, MarkerShape.FilledDiamond, 11, TargetColor);
            marker.LegendText = "";
            AddNote(plot, ChartText.Format(text.TargetFormat, target.FiscalYear, text.Numbers.Plain(target.ThresholdMt)), target.FiscalYear, target.ThresholdMt, Alignment.LowerRight, offsetX: -8, offsetY: -4, bold: true);
        }
    }

    /// <summary>
    /// A light vertical line half a year before <paramref name="firstSimulatedYear"/> with a small
    /// label: left of it the years are history (existing projects), right of it simulated.
    /// </summary>
    public static void AddSimulationStart(Plot plot, int firstSimulatedYear, double labelY, ChartText text)
    {
        var x = firstSimulatedYear - 0.5;
        var line = plot.Add.VerticalLine(x, 1, AxisColor, LinePattern.Dotted);
        line.LegendText = "";
        AddNote(plot, ChartText.Format(text.SimulatedFromFormat, firstSimulatedYear), x, labelY, Alignment.UpperLeft, offsetX: 4, color: SubtleTextColor, size: 12);
    }

    /// <summary>A text label in data coordinates, in the chart font, on a white halo so lines behind it do not cross it.</summary>
    public static ScottPlot.Plottables.Text AddNote(Plot plot, string label, double x, double y, Alignment alignment, float offsetX = 0, float offsetY = 0, bool bold = false, Color? color = null, float size = AnnotationSize)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var note = plot.Add.Text(label, x, y);
        note.LabelFontName = ChartFonts.Family;
        note.LabelStyle.Font = null;
        note.LabelFontSize = size;
        note.LabelBold = bold;
        note.LabelFontColor = color ?? TextColor;
        note.LabelAlignment = alignment;
        note.OffsetX = offsetX;
        note.OffsetY = offsetY;
        note.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        note.LabelStyle.PixelPadding = TextBaseline.BackgroundPadding(size);
        return note;
    }

    /// <summary>Shows the legend inside the data area at <paramref name="alignment"/>, or outside on the right, top-aligned.</summary>
    public static void ShowLegend(Plot plot, Alignment alignment, bool outsideRight = false)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = alignment;
        if (outsideRight)
        {
            var panel = plot.ShowLegend(Edge.Right);
            panel.Alignment = Alignment.UpperCenter;
        }
    }

    /// <summary>Shows the legend in one row under the horizontal axis, above the footer.</summary>
    public static void ShowLegendBelow(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var footer = plot.Axes.GetPanels().OfType<FooterPanel>().ToList();
        foreach (var panel in footer)
        {
            plot.Axes.Remove(panel);
        }

        var legend = plot.ShowLegend(Edge.Bottom);
        legend.Alignment = Alignment.MiddleCenter;
        legend.Padding = new PixelPadding(10, 10, 4, 8);
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.Transparent;
        foreach (var panel in footer)
        {
            plot.Axes.AddPanel(panel);
        }
    }

    /// <summary>A legend entry that is a filled swatch.</summary>
    public static LegendItem Swatch(string label, Color color) => new()
    {
        LabelText = label,
        FillColor = color,
        LabelFontName = ChartFonts.Family,
        LabelFontSize = LegendSize,
    };

    /// <summary>A legend entry that is a line (optionally dashed) with an optional marker.</summary>
    public static LegendItem LineEntry(string label, Color color, float width = 2.5f, LinePattern pattern = default, MarkerShape marker = MarkerShape.None) => new()
    {
        LabelText = label,
        LineColor = color,
        LineWidth = width,
        LinePattern = pattern,
        MarkerShape = marker,
        MarkerSize = marker == MarkerShape.None ? 0 : 9,
        MarkerColor = color,
        LabelFontName = ChartFonts.Family,
        LabelFontSize = LegendSize,
    };

    /// <summary>The colour of scenario <paramref name="index"/> of a run (the reference is blue).</summary>
    public static Color ScenarioColor(int index) => OkabeIto.Category(index);
}
