using JcmSim.Runs;

namespace JcmSim.Explorer;

/// <summary>
/// Where an estimate's updates fall and when it stops. Updates double from the first wave (the
/// planner sees numbers soon); whether to stop is decided only at the wave ends of
/// <c>jcmsim run --precision EPS --max-trials CAP</c> (<see cref="PrecisionStop"/>: the first at
/// 1,024 trials, each next one from the estimates so far), with the same rule, so an estimate stops
/// at the trial count that run stops at, on the same prefix of the trial sequence, whatever the first
/// wave. A precision of 0 runs to the cap.
/// </summary>
internal sealed class EstimateWaves
{
    private readonly int _cap;
    private readonly double _precision;
    private int _check;

    /// <summary>The waves of an estimate of at most <paramref name="cap"/> trials, updates from <paramref name="firstWave"/> trials.</summary>
    /// <param name="cap">The trial cap.</param>
    /// <param name="firstWave">Trials of the first update.</param>
    /// <param name="precision">The half-width wanted for every target probability's 95% interval; 0 for none.</param>
    public EstimateWaves(int cap, int firstWave, double precision)
    {
        _cap = cap;
        _precision = precision;
        _check = precision > 0 ? PrecisionStop.FirstWave(cap) : cap;
        End = Math.Min(firstWave, _check);
    }

    /// <summary>The trial count the current wave runs to.</summary>
    public int End { get; private set; }

    /// <summary>The updates of an estimate run to its cap (no precision): doubling from <paramref name="firstWave"/> to <paramref name="cap"/>.</summary>
    public static IReadOnlyList<int> ToCap(int cap, int firstWave)
    {
        var waves = new EstimateWaves(cap, firstWave, precision: 0);
        var ends = new List<int> { waves.End };
        while (waves.Advance([]) is null)
        {
            ends.Add(waves.End);
        }

        return ends;
    }

    /// <summary>
    /// After the wave to <see cref="End"/> has run: why the estimate stops there, or null and
    /// <see cref="End"/> moves to the next wave's end.
    /// </summary>
    /// <param name="met">Trials so far meeting each target.</param>
    public EstimateStop? Advance(IReadOnlyList<int> met)
    {
        if (End == _check)
        {
            if (_precision > 0 && PrecisionStop.WidestHalfWidth(met, End) <= _precision)
            {
                return EstimateStop.Precision;
            }

            if (End >= _cap)
            {
                return EstimateStop.Cap;
            }

            _check = PrecisionStop.NextWave(met, End, _precision, _cap);
        }

        End = Math.Min(End * 2, _check);
        return null;
    }
}
