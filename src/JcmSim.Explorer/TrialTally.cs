using System.Text.Json;
using JcmSim.Analysis.Statistics;
using JcmSim.Model.Outcomes;
using JcmSim.Model.Scenarios;
using JcmSim.Model.Simulation;
using JcmSim.Runs;

namespace JcmSim.Explorer;

/// <summary>
/// The trials of one estimate so far, in trial order: the variant's cumulative at each target, the
/// fan's yearly cumulatives and the channel and country sums, and the reference's met flags for the
/// paired difference. Statistics come from the same functions <c>jcmsim run</c>'s summary uses
/// (<see cref="WilsonInterval"/>, <see cref="Quantiles"/>, <see cref="PairedProportionDifference"/>).
/// </summary>
internal sealed class TrialTally
{
    private const int TopCountries = 8;
    private readonly Scenario _scenario;
    private readonly SeriesLayout _layout;
    private readonly IReadOnlyList<ReductionTarget> _targets;
    private readonly List<double>[] _cumulativeMt;
    private bool[][] _referenceMet;
    private readonly int _fanSeries;
    private readonly int _firstFanYear;
    private readonly int _outputFirstYear;
    private readonly List<double>[] _fanMt;
    private readonly double[][] _channelSumsMt;
    private readonly double[][] _countrySumsMt;
    private readonly int _contributionYear;

    public TrialTally(Scenario scenario, CompiledScenario compiled)
    {
        _scenario = scenario;
        _layout = compiled.Series;
        _targets = scenario.Accounting.Targets;
        _cumulativeMt = [.. _targets.Select(_ => new List<double>())];
        _referenceMet = [.. _targets.Select(_ => Array.Empty<bool>())];
        _fanSeries = SeriesLayout.Cumulative(scenario.Accounting.Reading);
        _outputFirstYear = compiled.OutputFirstYear;
        _firstFanYear = Math.Max(scenario.Accounting.StartYear, compiled.OutputFirstYear);
        _fanMt = [.. Enumerable.Range(0, compiled.OutputFirstYear + compiled.OutputYears - _firstFanYear).Select(_ => new List<double>())];
        _channelSumsMt = [.. compiled.Channels.Select(_ => new double[compiled.OutputYears])];
        _countrySumsMt = [.. Enumerable.Range(0, _layout.Series.Count - _layout.CountryOffset).Select(_ => new double[compiled.OutputYears])];
        _contributionYear = _targets.Count == 0 ? compiled.OutputFirstYear + compiled.OutputYears - 1 : _targets.Max(t => t.FiscalYear);
    }

    /// <summary>Trials of the variant so far.</summary>
    public int Trials => _cumulativeMt.Length == 0 ? _fanMt[0].Count : _cumulativeMt[0].Count;

    /// <summary>Adds the variant's next block, in trial order.</summary>
    public void Add(TrialBlockResult block)
    {
        for (var t = 0; t < _targets.Count; t++)
        {
            _cumulativeMt[t].AddRange(block.CumulativeMt[t].AsSpan(0, block.Count));
        }

        var fan = block.Annual[_fanSeries];
        for (var y = 0; y < _fanMt.Length; y++)
        {
            var yearIndex = _firstFanYear - block.FirstYear + y;
            for (var i = 0; i < block.Count; i++)
            {
                _fanMt[y].Add(fan[block.At(yearIndex, i)]);
            }
        }

        AddSums(block, _layout.ChannelOffset, _channelSumsMt);
        AddSums(block, _layout.CountryOffset, _countrySumsMt);
    }

    /// <summary>Sets the reference's met flags per target for the trials so far (<see cref="ReferenceCache"/>).</summary>
    public void SetReference(bool[][] met) => _referenceMet = met;

    /// <summary>Trials so far meeting each target, in the targets' order.</summary>
    public int[] MetCounts() => [.. _targets.Select((target, t) => _cumulativeMt[t].Count(v => v >= target.ThresholdMt))];

    /// <summary>What the page shows now.</summary>
    /// <param name="cap">Trials the estimate stops at at most.</param>
    /// <param name="precision">The half-width asked of every target probability's 95% interval; 0 for none.</param>
    /// <param name="stop">Why the estimate stops after this update; null while it goes on.</param>
    /// <param name="elapsedMs">Milliseconds since the request arrived.</param>
    /// <param name="referenceIsVariant">True when nothing moved: the reference's flags are the variant's.</param>
    public EstimateUpdate Snapshot(int cap, double precision, EstimateStop? stop, double elapsedMs, bool referenceIsVariant)
    {
        var n = Trials;
        var targets = new List<TargetEstimate>();
        for (var t = 0; t < _targets.Count; t++)
        {
            var target = _targets[t];
            var met = _cumulativeMt[t].Select(v => v >= target.ThresholdMt).ToArray();
            var reference = referenceIsVariant ? met : _referenceMet[t];
            var count = met.Count(m => m);
            var interval = WilsonInterval.Compute(count, n);
            var sorted = _cumulativeMt[t].ToArray();
            Array.Sort(sorted);
            var difference = PairedProportionDifference.Compute(reference, met);
            targets.Add(new TargetEstimate(target.FiscalYear, target.ThresholdMt, (double)count / n, interval.Low, interval.High,
                Quantiles.Type7<double>(sorted, 0.5), (double)reference.Count(m => m) / n, difference.Mean, difference.Low, difference.High));
        }

        var summaries = _fanMt.Select(values =>
        {
            var copy = values.ToArray();
            return Quantiles.SummarizeInPlace<double>(copy);
        }).ToList();
        var fan = new FanQuantiles(
            [.. Enumerable.Range(_firstFanYear, _fanMt.Length)],
            [.. summaries.Select(s => s.P5)], [.. summaries.Select(s => s.P25)], [.. summaries.Select(s => s.P50)],
            [.. summaries.Select(s => s.P75)], [.. summaries.Select(s => s.P95)]);

        var channels = Contributions(_layout.ChannelOffset, _channelSumsMt, n);
        var countries = Contributions(_layout.CountryOffset, _countrySumsMt, n).OrderByDescending(c => c.MeanMt).ToList();
        if (countries.Count > TopCountries + 1)
        {
            var others = new Contribution("others", new LocalizedText("Others", "その他"), countries.Skip(TopCountries).Sum(c => c.MeanMt));
            countries = [.. countries.Take(TopCountries), others];
        }

        return new EstimateUpdate(n, cap, stop is not null, elapsedMs, JsonNamingPolicy.CamelCase.ConvertName(_scenario.Accounting.Reading.ToString()),
            targets, fan, _contributionYear, channels, countries, stop, precision, PrecisionStop.WidestHalfWidth(MetCounts(), n));
    }

    private void AddSums(TrialBlockResult block, int offset, double[][] sums)
    {
        for (var s = 0; s < sums.Length; s++)
        {
            var series = block.Annual[offset + s];
            for (var y = 0; y < block.Years; y++)
            {
                var total = 0.0;
                for (var i = 0; i < block.Count; i++)
                {
                    total += series[block.At(y, i)];
                }

                sums[s][y] += total;
            }
        }
    }

    // Mean reductions from the accounting start to the contribution year: annual means summed over years.
    private List<Contribution> Contributions(int offset, double[][] sums, int n) => sums.Select((years, s) =>
    {
        var series = _layout.Series[offset + s];
        var id = series.Id[(series.Id.LastIndexOf('.') + 1)..];
        var total = 0.0;
        for (var y = Math.Max(_scenario.Accounting.StartYear, _outputFirstYear) - _outputFirstYear; y <= _contributionYear - _outputFirstYear && y < years.Length; y++)
        {
            total += years[y];
        }

        return new Contribution(id, series.Label, total / n);
    }).ToList();
}
