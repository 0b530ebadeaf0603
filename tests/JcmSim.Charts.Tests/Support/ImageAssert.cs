using System.Xml.Linq;
using JcmSim.Charts.Rendering;
using ScottPlot;
using SkiaSharp;

namespace JcmSim.Charts.Tests.Support;

/// <summary>Checks on rendered charts: PNG size, a plot area that is not blank, SVG that parses.</summary>
internal static class ImageAssert
{
    /// <summary>
    /// The PNG is <see cref="ChartExport.PngWidth"/>×<see cref="ChartExport.PngHeight"/> and the data
    /// area of the last render is not blank: its pixels vary (standard deviation of luminance above a
    /// few levels) and several percent of them are not background white.
    /// </summary>
    public static void PngHasDrawnPlotArea(string path, Plot plot)
    {
        using var bitmap = SKBitmap.Decode(path);
        Assert.NotNull(bitmap);
        Assert.Equal((ChartExport.PngWidth, ChartExport.PngHeight), (bitmap.Width, bitmap.Height));

        // The last render was the SVG at scale 1; the PNG's data area is the same rectangle doubled.
        var area = plot.RenderManager.LastRender.DataRect;
        var scale = ChartExport.PngWidth / (double)Style.ChartStyle.LogicalWidth;
        int left = (int)(area.Left * scale), right = (int)(area.Right * scale), top = (int)(area.Top * scale), bottom = (int)(area.Bottom * scale);
        Assert.True(right - left > 400 && bottom - top > 300, $"The data area {area} is too small.");

        double sum = 0, sumSquares = 0;
        long inked = 0, n = 0;
        for (var y = top; y < bottom; y += 2)
        {
            for (var x = left; x < right; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                var luminance = (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);
                sum += luminance;
                sumSquares += luminance * luminance;
                inked += luminance < 235 ? 1 : 0;
                n++;
            }
        }

        var mean = sum / n;
        var sd = Math.Sqrt(Math.Max(0, (sumSquares / n) - (mean * mean)));
        Assert.True(sd > 8, $"The plot area of {Path.GetFileName(path)} looks blank (luminance sd {sd:F1}).");
        Assert.True(inked > n / 100, $"The plot area of {Path.GetFileName(path)} has almost nothing drawn ({inked} of {n} sampled pixels).");
    }

    /// <summary>The SVG parses as XML, is an svg element with a viewBox, and holds text.</summary>
    public static XDocument SvgParses(string path)
    {
        var document = XDocument.Load(path);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(svg + "svg", document.Root!.Name);
        Assert.NotNull(document.Root.Attribute("viewBox"));
        Assert.NotEmpty(document.Descendants(svg + "text"));
        return document;
    }
}
