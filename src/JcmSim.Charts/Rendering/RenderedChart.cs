namespace JcmSim.Charts.Rendering;

/// <summary>A chart written to disk.</summary>
/// <param name="Stem">File name without extension.</param>
/// <param name="PngPath">Path of the PNG.</param>
/// <param name="SvgPath">Path of the SVG.</param>
/// <param name="Svg">The SVG document, for inlining.</param>
public sealed record RenderedChart(string Stem, string PngPath, string SvgPath, string Svg);
