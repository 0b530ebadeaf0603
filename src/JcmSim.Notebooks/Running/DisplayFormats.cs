using System.Globalization;
using System.Text.Json.Nodes;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Notebooks.Running;

/// <summary>
/// The display convention of the notebook runner: a ScottPlot <see cref="Plot"/> shows as a PNG
/// (<c>image/png</c>, <see cref="ChartStyle.LogicalWidth"/>×<see cref="ChartStyle.LogicalHeight"/>),
/// a <see cref="ResultTable"/> as text, Markdown and HTML, anything else as its invariant-culture
/// text (<c>text/plain</c>).
/// </summary>
internal static class DisplayFormats
{
    /// <summary>The MIME bundle of <paramref name="value"/> (MIME type → content), in nbformat's on-disk form.</summary>
    public static JsonObject Bundle(object? value) => value switch
    {
        Plot plot => new JsonObject
        {
            ["image/png"] = Convert.ToBase64String(plot.GetImageBytes(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight, ImageFormat.Png)),
            ["text/plain"] = NotebookDocument.Lines($"ScottPlot.Plot ({ChartStyle.LogicalWidth}×{ChartStyle.LogicalHeight} PNG)"),
        },
        ResultTable table => new JsonObject
        {
            ["text/html"] = NotebookDocument.Lines(table.ToHtml()),
            ["text/markdown"] = NotebookDocument.Lines(table.ToMarkdown()),
            ["text/plain"] = NotebookDocument.Lines(table.ToString()),
        },
        _ => new JsonObject { ["text/plain"] = NotebookDocument.Lines(Text(value)) },
    };

    /// <summary>The plain text of a value: strings as they are, numbers and dates in the invariant culture, null as <c>&lt;null&gt;</c>.</summary>
    public static string Text(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
