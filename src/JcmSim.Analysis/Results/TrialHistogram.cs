namespace JcmSim.Analysis.Results;

/// <summary>
/// The distribution of one scenario's cumulative reductions at one target year over its trials, as
/// counts in equal bins [<see cref="BinStartMt"/> + k·<see cref="BinWidthMt"/>, … + <see cref="BinWidthMt"/>).
/// All scenarios of a run share the bins of a target year, so their histograms overlay.
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="FiscalYear">Target year.</param>
/// <param name="BinStartMt">Left edge of the first bin, MtCO2.</param>
/// <param name="BinWidthMt">Width of every bin, MtCO2, &gt; 0.</param>
/// <param name="Counts">Trials per bin.</param>
/// <param name="Trials">Trials counted (the sum of <paramref name="Counts"/>).</param>
public sealed record TrialHistogram(string Scenario, int FiscalYear, double BinStartMt, double BinWidthMt, int[] Counts, int Trials)
{
    /// <summary>Right edge of the last bin, MtCO2.</summary>
    public double BinEndMt => BinStartMt + (BinWidthMt * Counts.Length);

    /// <summary>Share of trials in bin <paramref name="bin"/>.</summary>
    public double Share(int bin) => Trials == 0 ? 0 : (double)Counts[bin] / Trials;
}
