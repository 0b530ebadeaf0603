using JcmSim.Charts;
using JcmSim.Analysis.Tornado;
using JcmSim.Charts.Sensitivity;
using JcmSim.Charts.Style;
using ScottPlot;

namespace JcmSim.Notebooks;

/// <summary>
/// The result of <see cref="Jcm.TornadoAsync"/>, a one-at-a-time sensitivity study (the machinery
/// of <c>jcmsim tornado</c>): each input at its low and high quantile, everything else unchanged,
/// every run with the same seed.
/// </summary>
public sealed class OneAtATimeStudy
{
    internal OneAtATimeStudy(TornadoResult result) => Result = result;

    /// <summary>The study's runs: base outcome and one entry per varied input.</summary>
    public TornadoResult Result { get; }

    /// <summary>What each chart can show: P(each target) and the median cumulative at the last target year.</summary>
    public IReadOnlyList<TornadoMetric> Metrics => TornadoMetric.For(Result.Targets);

    /// <summary>The inputs with the largest swing in the median cumulative at the last target year, with P(target) at low and high.</summary>
    /// <param name="top">Rows (largest swings first).</param>
    /// <param name="language">"en" or "ja".</param>
    public ResultTable Table(int top = 15, string language = "en") => new(TornadoTableText.Build(Result, language, top));

    /// <summary>
    /// The tornado chart of the median cumulative at the last target year, or of P(target of
    /// <paramref name="probabilityYear"/>) when given.
    /// </summary>
    /// <param name="probabilityYear">A target year to chart P(met) of; null for the median cumulative.</param>
    /// <param name="bars">Bars (largest swings first).</param>
    /// <param name="language">"en" or "ja".</param>
    /// <exception cref="ArgumentException"><paramref name="probabilityYear"/> is not a target year.</exception>
    public Plot Chart(int? probabilityYear = null, int bars = 15, string language = "en")
    {
        var metrics = Metrics;
        var metric = probabilityYear is { } year
            ? metrics.FirstOrDefault(m => m.Kind == TornadoMetricKind.Probability && m.FiscalYear == year)
                ?? throw new ArgumentException($"FY{year} is not a target year (allowed: {string.Join(", ", Result.Targets.Select(t => t.FiscalYear))}).", nameof(probabilityYear))
            : metrics[^1];
        ChartFonts.EnsureInstalled();
        return ChartBook.Tornado(Result, metric, new ChartOptions { Language = language, TornadoBars = bars });
    }

    /// <summary>The table as text.</summary>
    public override string ToString() => Table().ToString();
}
