using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;

namespace JcmSim.Notebooks;

/// <summary>
/// Every trial's scalar results of one scenario, as arrays in trial order (index = trial): the same
/// values as the scenario's rows of trials.parquet, ready for LINQ or a histogram.
/// </summary>
public sealed class TrialOutcomes
{
    private readonly IReadOnlyList<ReductionTarget> _targets;
    private readonly double[][] _cumulativeMt;
    private readonly double[][] _japanItmoMt;
    private readonly int[][] _firstYearMet;
    private readonly int[] _projectsFunded;
    private readonly int[] _partnersActive;
    private int _received;

    internal TrialOutcomes(string scenario, IReadOnlyList<ReductionTarget> targets, int trials)
    {
        Scenario = scenario;
        _targets = targets;
        _cumulativeMt = targets.Select(_ => new double[trials]).ToArray();
        _japanItmoMt = targets.Select(_ => new double[trials]).ToArray();
        _firstYearMet = targets.Select(_ => new int[trials]).ToArray();
        _projectsFunded = new int[trials];
        _partnersActive = new int[trials];
    }

    /// <summary>Scenario name.</summary>
    public string Scenario { get; }

    /// <summary>Number of trials.</summary>
    public int Count => _projectsFunded.Length;

    /// <summary>The target years, in the scenario's order.</summary>
    public IReadOnlyList<int> TargetYears => _targets.Select(t => t.FiscalYear).ToList();

    /// <summary>Cumulative reductions at target year <paramref name="fiscalYear"/>, MtCO2, per trial (column <c>cumulative_mt_YEAR</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="fiscalYear"/> is not a target year.</exception>
    public double[] CumulativeMt(int fiscalYear) => (double[])_cumulativeMt[Target(fiscalYear)].Clone();

    /// <summary>Cumulative ITMOs transferred to Japan by <paramref name="fiscalYear"/>, MtCO2, per trial (column <c>japan_itmo_mt_YEAR</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="fiscalYear"/> is not a target year.</exception>
    public double[] JapanItmoMt(int fiscalYear) => (double[])_japanItmoMt[Target(fiscalYear)].Clone();

    /// <summary>Whether each trial met the target of <paramref name="fiscalYear"/>: cumulative ≥ threshold (column <c>met_YEAR</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="fiscalYear"/> is not a target year.</exception>
    public bool[] Met(int fiscalYear)
    {
        var t = Target(fiscalYear);
        return _cumulativeMt[t].Select(v => v >= _targets[t].ThresholdMt).ToArray();
    }

    /// <summary>The fiscal year each trial first reached the target of <paramref name="fiscalYear"/>, or 0 if it never did (column <c>first_year_met_YEAR</c>, null there).</summary>
    /// <exception cref="ArgumentException"><paramref name="fiscalYear"/> is not a target year.</exception>
    public int[] FirstYearMet(int fiscalYear) => (int[])_firstYearMet[Target(fiscalYear)].Clone();

    /// <summary>Projects funded over the horizon, per trial (column <c>projects_funded</c>).</summary>
    public int[] ProjectsFunded() => (int[])_projectsFunded.Clone();

    /// <summary>Partner countries with an agreement in force in the last year, per trial (column <c>partners_active</c>).</summary>
    public int[] PartnersActive() => (int[])_partnersActive.Clone();

    /// <summary>"NAME: N trials, targets FY…".</summary>
    public override string ToString() => $"{Scenario}: {Count:N0} trials, targets FY{string.Join(", FY", TargetYears)}";

    internal void Add(TrialBlockResult block)
    {
        for (var t = 0; t < _targets.Count; t++)
        {
            block.CumulativeMt[t].AsSpan(0, block.Count).CopyTo(_cumulativeMt[t].AsSpan(block.FirstTrial));
            block.JapanItmoMt[t].AsSpan(0, block.Count).CopyTo(_japanItmoMt[t].AsSpan(block.FirstTrial));
            block.FirstYearMet[t].AsSpan(0, block.Count).CopyTo(_firstYearMet[t].AsSpan(block.FirstTrial));
        }

        block.ProjectsFunded.AsSpan(0, block.Count).CopyTo(_projectsFunded.AsSpan(block.FirstTrial));
        block.PartnersActive.AsSpan(0, block.Count).CopyTo(_partnersActive.AsSpan(block.FirstTrial));
        _received += block.Count;
    }

    internal bool IsComplete => _received == Count;

    private int Target(int fiscalYear)
    {
        for (var t = 0; t < _targets.Count; t++)
        {
            if (_targets[t].FiscalYear == fiscalYear)
            {
                return t;
            }
        }

        throw new ArgumentException($"FY{fiscalYear} is not a target year of scenario '{Scenario}' (allowed: {string.Join(", ", TargetYears)}).", nameof(fiscalYear));
    }
}
