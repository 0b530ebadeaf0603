using BenchmarkDotNet.Attributes;
using JcmSim.Model.Distributions;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Benchmarks;

/// <summary>
/// The model against its own limit (issue 18): one trial-year of the baseline as the model computes it
/// (<see cref="TrialYear"/>: a block of 128 trials stepped through every year, per trial-year) beside the
/// irreducible work at the same sizes (<see cref="IrreducibleTrialYear"/>, the baseline of the Ratio column):
/// only the random draws the year needs and one ranking per channel. The sizes are not typed in:
/// <see cref="Setup"/> steps the same block once through <see cref="LimitCounts"/> and counts, per year,
/// the opportunity counts drawn, the new opportunities and their sectors, the backlog's survival draws,
/// the funded projects and their sectors, and per channel and trial the opportunities the channel ranked.
/// </summary>
/// <remarks>
/// The irreducible work draws from the model's generator (Philox streams keyed like the model's) and the
/// sectors' own distributions: per new opportunity its size, capital cost, crediting years and return; per
/// funded project its lead time, performance, degradation, hazard, failure uniform, registration lag,
/// monitoring periods and request uniform; per (open trial, country, sector) a Poisson count at the year's
/// mean rate; per untaken offered opportunity a survival uniform. Each channel's ranking is one sort of as many
/// packed 64-bit keys as it ranked. Left out: the per-trial parameters drawn once at block set-up.
/// </remarks>
[MemoryDiagnoser]
public class LimitBenchmarks
{
    private const int Trials = 128;
    private const int Years = 15;
    private const int TrialYears = Trials * Years;
    private const ulong Seed = 7;

    private CompiledScenario _scenario = null!;
    private LimitCounts.Year[] _years = [];
    private ulong[] _keyPool = [];
    private ulong[] _keys = [];

    /// <summary>Loads the baseline and counts the work of one block of it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = BlockStepBenchmarks.Baseline();
        // OperationsPerInvoke needs a constant: the times read per trial-year only while the baseline spans these years.
        if (_scenario.LastYear - _scenario.FirstYear + 1 != Years)
        {
            throw new InvalidOperationException($"The baseline now spans {_scenario.FirstYear}-{_scenario.LastYear}: set Years to its number of years.");
        }

        _years = LimitCounts.Measure(_scenario, Seed, Trials);
        var largest = _years.SelectMany(y => y.RankedPerChannelAndTrial).SelectMany(r => r).DefaultIfEmpty(1).Max();
        _keys = new ulong[Math.Max(1, largest)];
        _keyPool = new ulong[_keys.Length];
        var stream = new RandomStream(StreamKey.For(Seed, StableHash.Of("limit-keys"), 2030, RandomPurpose.OpportunityAttributes), 0);
        for (var i = 0; i < _keyPool.Length; i++)
        {
            // A ranking key as the channels pack it: the float key's bits above the position.
            _keyPool[i] = ((ulong)BitConverter.SingleToUInt32Bits((float)stream.NextUniform()) << 32) | (uint)i;
        }

        Console.WriteLine(LimitCounts.Describe(_scenario, _years, Trials));
    }

    /// <summary>The model: one block of the baseline through all its years, per trial-year.</summary>
    [Benchmark(OperationsPerInvoke = TrialYears)]
    public double TrialYear() =>
        InProcessSimulator.RunBlockAsync(_scenario, Seed, 0, Trials).AsTask().GetAwaiter().GetResult().ProjectsFunded[0] / (double)TrialYears;

    /// <summary>The irreducible work of the same block: its draws and one ranking per channel, per trial-year.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = TrialYears)]
    public double IrreducibleTrialYear()
    {
        var sum = 0.0;
        var sectors = _scenario.Sectors;
        var credits = _scenario.Scenario.Credits;
        var keys = _scenario.Countries[0].OpportunityKeys;
        foreach (var year in _years)
        {
            for (var i = 0; i < year.CountDraws; i++)
            {
                var stream = new RandomStream(StreamKey.For(Seed, keys[i % keys.Length], year.FiscalYear, RandomPurpose.OpportunityCount), i);
                sum += SpecialFunctions.SamplePoisson(year.MeanCountRate, ref stream);
            }

            for (var s = 0; s < sectors.Count; s++)
            {
                var profile = sectors[s];
                var attributes = StreamKey.For(Seed, keys[s], year.FiscalYear, RandomPurpose.OpportunityAttributes);
                for (var j = 0; j < year.NewBySector[s]; j++)
                {
                    var stream = new RandomStream(attributes, j % Trials, (uint)j);
                    sum += profile.SizeTco2PerYear.Sample(ref stream) + profile.CapexJpyPerTco2PerYear.Sample(ref stream)
                        + profile.CreditingYears.Sample(ref stream) + profile.ReturnWithoutCredits.Sample(ref stream);
                }

                var project = StreamKey.For(Seed, keys[s], year.FiscalYear, RandomPurpose.ProjectAttributes);
                var issuance = StreamKey.For(Seed, keys[s], year.FiscalYear, RandomPurpose.ProjectIssuance);
                for (var j = 0; j < year.FundedBySector[s]; j++)
                {
                    var stream = new RandomStream(project, j % Trials, (uint)j);
                    sum += profile.LeadTimeYears.Sample(ref stream) + profile.PerformanceRatio.Sample(ref stream)
                        + profile.DegradationPerYear.Sample(ref stream) + profile.FailureHazardPerYear.Sample(ref stream) + stream.NextUniform();
                    var issuanceStream = new RandomStream(issuance, j % Trials, (uint)j);
                    sum += credits.RegistrationLagYears.Sample(ref issuanceStream) + credits.FirstMonitoringPeriodYears.Sample(ref issuanceStream)
                        + credits.MonitoringPeriodYears.Sample(ref issuanceStream) + issuanceStream.NextUniform();
                }
            }

            var survival = StreamKey.For(Seed, keys[0], year.FiscalYear, RandomPurpose.BacklogSurvival);
            for (var i = 0; i < year.SurvivalDraws; i++)
            {
                var stream = new RandomStream(survival, i % Trials, (uint)i);
                sum += stream.NextUniform();
            }

            foreach (var channel in year.RankedPerChannelAndTrial)
            {
                foreach (var n in channel)
                {
                    Array.Copy(_keyPool, _keys, n);
                    Array.Sort(_keys, 0, n);
                    sum += _keys[0];
                }
            }
        }

        return sum / TrialYears;
    }
}
