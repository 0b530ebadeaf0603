using JcmSim.Charts.Style;
using ScottPlot;
using ScottPlot.Plottables;

namespace JcmSim.Charts.Tests.Support;

/// <summary>Every string a rendered plot draws: header, footer, axis titles, tick labels, legend entries, texts and annotations.</summary>
internal static class PlotTexts
{
    public static IReadOnlyList<string> Collect(Plot plot)
    {
        // Tick labels exist only after a render.
        plot.RenderInMemory(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
        var texts = new List<string>();
        foreach (var panel in plot.Axes.GetPanels())
        {
            switch (panel)
            {
                case HeaderPanel header:
                    texts.Add(header.Title.Text);
                    texts.Add(header.Subtitle.Text);
                    break;
                case FooterPanel footer:
                    texts.Add(footer.Label.Text);
                    break;
                case ValueAxisTitlePanel title:
                    texts.Add(title.Label.Text);
                    break;
            }
        }

        foreach (var axis in plot.Axes.GetAxes())
        {
            texts.Add(axis.Label.Text);
            texts.AddRange(axis.TickGenerator.Ticks.Select(t => t.Label));
        }

        texts.AddRange(plot.Legend.GetItems().Select(i => i.LabelText));
        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case Text text:
                    texts.Add(text.LabelText);
                    break;
                case Annotation annotation:
                    texts.Add(annotation.Text);
                    break;
            }
        }

        return texts.Where(t => !string.IsNullOrEmpty(t)).ToList();
    }
}
