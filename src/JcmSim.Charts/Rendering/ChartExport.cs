using System.Text.RegularExpressions;
using JcmSim.Charts.Style;
using ScottPlot;
using SkiaSharp;

namespace JcmSim.Charts.Rendering;

/// <summary>
/// Saves charts: PNG at print resolution (<see cref="PngWidth"/>×<see cref="PngHeight"/>, the
/// 1200×750 layout drawn at scale 2) and SVG (the same layout, vector). The SVG names the chart
/// font with fallbacks and carries a viewBox so it scales; its ids can be prefixed so several SVGs can
/// be inlined into one HTML page (<see cref="PrefixIds"/>).
/// </summary>
public static partial class ChartExport
{
    /// <summary>PNG width in pixels.</summary>
    public const int PngWidth = ChartStyle.LogicalWidth * Scale;

    /// <summary>PNG height in pixels.</summary>
    public const int PngHeight = ChartStyle.LogicalHeight * Scale;

    private const int Scale = 2;

    private const string FontFallbacks = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";

    /// <summary>Writes <paramref name="plot"/> as a PNG of <see cref="PngWidth"/>×<see cref="PngHeight"/>.</summary>
    public static void SavePng(Plot plot, string path)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.ScaleFactor = Scale;
        try
        {
            // Drawn as ScottPlot's own SavePng draws it (an RGBA surface of the full size), encoded with fast settings below.
            using var surface = SKSurface.Create(new SKImageInfo(PngWidth, PngHeight, SKColorType.Rgba8888, SKAlphaType.Premul))
                ?? throw new InvalidOperationException($"Skia could not create a {PngWidth}×{PngHeight} surface.");
            plot.Render(surface.Canvas, PngWidth, PngHeight);
            using var image = surface.Snapshot();
            using var pixels = image.PeekPixels();
            using var file = File.Create(path);
            using var stream = new SKManagedWStream(file);
            if (!pixels.Encode(stream, FastPng))
            {
                throw new InvalidOperationException($"Skia could not encode {path} as PNG.");
            }
        }
        finally
        {
            plot.ScaleFactor = 1;
        }
    }

    // Skia's default PNG settings try all five row filters and deflate at level 6: encoding took about three quarters
    // of a chart's PNG time (9 charts of 2400×1500 px: ~5 s of CPU on two busy cores). The 'up' filter at level 1 encodes
    // about five times faster for files about 30% larger (2.1 MB instead of 1.6 MB for a run's nine charts); the pixels are the same.
    private static readonly SKPngEncoderOptions FastPng = new(SKPngEncoderFilterFlags.Up, zLibLevel: 1);

    /// <summary>The plot as an SVG document (see the class summary).</summary>
    public static string ToSvg(Plot plot) => ToSvg(plot, smallMapFace: true);

    /// <summary>
    /// <see cref="ToSvg(Plot)"/>, with the labels it covers drawn in the chart font's small-map face
    /// (<see cref="SvgTextFace"/>: the same bytes, without Skia's walk of the full character map for every
    /// text run) or, when <paramref name="smallMapFace"/> is false, all in the full face.
    /// </summary>
    internal static string ToSvg(Plot plot, bool smallMapFace)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.ScaleFactor = 1;
        string svg;
        using (var face = smallMapFace ? SvgTextFace.Use(plot) : null)
        {
            svg = plot.GetSvgXml(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
            if (face is { TicksCovered: false })
            {
                // A tick label made while drawing has a character the small-map face lacks: drawn again on the full face.
                face.Dispose();
                svg = plot.GetSvgXml(ChartStyle.LogicalWidth, ChartStyle.LogicalHeight);
            }
        }

        svg = svg.Replace($"font-family=\"{ChartFonts.Family}\"", $"font-family=\"{FontFallbacks}\"", StringComparison.Ordinal);
        svg = NumberIdsInOrder(svg);
        return RootElement().Replace(svg, match => match.Value.Contains("viewBox", StringComparison.Ordinal)
            ? match.Value
            : match.Value.Replace("<svg ", $"<svg viewBox=\"0 0 {ChartStyle.LogicalWidth} {ChartStyle.LogicalHeight}\" ", StringComparison.Ordinal), 1);
    }

    /// <summary>
    /// <paramref name="svg"/> with <paramref name="prefix"/> before every id and every reference to
    /// one, so several SVGs inlined into one HTML page keep their clip paths apart.
    /// </summary>
    public static string PrefixIds(string svg, string prefix)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentNullException.ThrowIfNull(prefix);
        return RenameIds(svg, id => prefix + id);
    }

    // Skia names clip paths from a counter shared by the whole process (cl_1, cl_2, …), so the same chart got other
    // ids, and other bytes, when other charts had been drawn before it, as they are in parallel. Numbered again in the
    // order they appear, the same chart gives the same SVG (and report.html) in every run.
    private static string NumberIdsInOrder(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            ids.TryAdd(match.Groups[1].Value, $"clip{ids.Count + 1}");
        }

        return ids.Count == 0 ? svg : RenameIds(svg, id => ids.GetValueOrDefault(id, id));
    }

    // Every id and every reference to one (url(#…), href="#…") renamed by rename.
    private static string RenameIds(string svg, Func<string, string> rename)
    {
        svg = IdAttribute().Replace(svg, m => $"id=\"{rename(m.Groups[1].Value)}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{rename(m.Groups[1].Value)})");
        return HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{rename(m.Groups[2].Value)}\"");
    }

    /// <summary>Writes <paramref name="plot"/> as SVG (see <see cref="ToSvg(Plot)"/>).</summary>
    public static void SaveSvg(Plot plot, string path) => File.WriteAllText(path, ToSvg(plot));

    /// <summary>An SVG document as an element to inline into HTML: no XML declaration, scaling to its container's width.</summary>
    public static string InlineSvg(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var element = start >= 0 ? svg[start..] : svg;
        return RootElement().Replace(element, m => SizeAttributes().Replace(m.Value, "").Replace("<svg ", "<svg role=\"img\" ", StringComparison.Ordinal), 1);
    }

    [GeneratedRegex("<svg\\b[^>]*>")]
    private static partial Regex RootElement();

    [GeneratedRegex("\\s(?:width|height)=\"[^\"]*\"")]
    private static partial Regex SizeAttributes();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
