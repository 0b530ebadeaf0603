using ScottPlot;

namespace JcmSim.Charts.Studies;

/// <summary>
/// The colour scale of probabilities: 0–100% on Viridis (perceptually uniform and readable with the
/// common colour-vision deficiencies, the sequential counterpart of the Okabe–Ito categorical colours).
/// </summary>
internal sealed class ProbabilityColorAxis : IHasColorAxis
{
    public IColormap Colormap { get; } = new ScottPlot.Colormaps.Viridis();

    public ScottPlot.Range GetRange() => new(0, 100);

    /// <summary>The colour of probability <paramref name="probability"/> in [0, 1].</summary>
    public Color ColorOf(double probability) => Colormap.GetColor(Math.Clamp(probability, 0, 1));
}
