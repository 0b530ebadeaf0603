using ScottPlot;

namespace JcmSim.Charts.Rendering;

/// <summary>A chart of a result folder: its file name stem and how to build it.</summary>
/// <param name="Stem">File name without extension, e.g. "fan-cumulative" (charts/STEM.png, charts/STEM.svg).</param>
/// <param name="Build">Builds the plot.</param>
public sealed record ChartDefinition(string Stem, Func<Plot> Build);
