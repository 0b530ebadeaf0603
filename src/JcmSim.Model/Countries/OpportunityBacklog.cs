using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Countries;

/// <summary>
/// Bankable opportunities nobody funded wait for money instead of vanishing (MODEL.md §Opportunities):
/// after the year's funding, each untaken opportunity stays in its country's backlog with probability
/// 1 − a (a ~ <see cref="Projects.PipelineGrowth.BacklogAgeOutPerYear"/>, per trial) and is offered again
/// next year, ahead of that year's new ones, for as long as the country registers projects. Every
/// survival draw is keyed by the opportunity's identity, so the backlog of a trial never depends on
/// its block. Arrays are reused from year to year; nothing is allocated per trial.
/// </summary>
public sealed class OpportunityBacklog
{
    private const int MaxAgeYears = 100;

    private readonly CompiledScenario _scenario;
    private readonly ulong _seed;
    private readonly int _firstTrial;
    private readonly int _count;
    private readonly double[] _ageOut;
    private readonly bool _keepsAnything;
    private readonly OpportunityBatch?[] _offered;
    private readonly Buffer[] _carried;
    private readonly Buffer[] _merged;

    /// <summary>Creates the backlog of trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1.</summary>
    public OpportunityBacklog(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        _scenario = scenario;
        _seed = seed;
        _firstTrial = firstTrial;
        _count = count;
        _ageOut = TrialDraws.For(count, scenario.Scenario.Pipeline.BacklogAgeOutPerYear, seed, EntityKeys.Pipeline, ParameterAgeOut, firstTrial);
        _keepsAnything = _ageOut.Any(a => a < 1);
        var countries = scenario.Countries.Count;
        _offered = new OpportunityBatch?[countries];
        _carried = new Buffer[countries];
        _merged = new Buffer[countries];
        for (var c = 0; c < countries; c++)
        {
            _carried[c] = new Buffer(count);
            _merged[c] = new Buffer(count);
        }
    }

    /// <summary>Parameter ordinal of the age-out probability among the pipeline's per-trial draws.</summary>
    public const int ParameterAgeOut = 3;

    /// <summary>
    /// The opportunities country <paramref name="country"/> offers this year: its backlog (where its
    /// registration is open) followed by the new opportunities of <paramref name="outcome"/>, per trial. Valid until the next call.
    /// </summary>
    public OpportunityBatch Offer(int country, CountryYearOutcome outcome)
    {
        var fresh = outcome.Opportunities;
        var carried = _carried[country];
        if (carried.Count == 0)
        {
            _offered[country] = fresh;
            return fresh;
        }

        var merged = _merged[country];
        merged.Reserve(carried.Count + fresh.Count);
        var open = outcome.RegistrationOpen;
        var n = 0;
        for (var t = 0; t < _count; t++)
        {
            merged.TrialStart[t] = n;
            if (open[t])
            {
                n = merged.Append(n, carried.Batch, carried.Batch.TrialStart[t], carried.Batch.TrialStart[t + 1], ageBy: 0);
            }

            n = merged.Append(n, fresh, fresh.TrialStart[t], fresh.TrialStart[t + 1], ageBy: 0);
        }

        merged.TrialStart[_count] = n;
        merged.Count = n;
        _offered[country] = merged.Batch;
        return merged.Batch;
    }

    /// <summary>
    /// After the year's funding: keeps the untaken opportunities that survive another year.
    /// <paramref name="taken"/> is indexed by book index, <paramref name="offsets"/> gives each country's first.
    /// </summary>
    public void Carry(int year, int[] offsets, bool[] taken)
    {
        for (var c = 0; c < _offered.Length; c++)
        {
            var carried = _carried[c];
            carried.Count = 0;
            if (!_keepsAnything || _offered[c] is not { } offered || offered.Count == 0)
            {
                continue;
            }

            carried.Reserve(offered.Count);
            var keys = _scenario.Countries[c].OpportunityKeys;
            var n = 0;
            for (var t = 0; t < _count; t++)
            {
                carried.TrialStart[t] = n;
                var ageOut = _ageOut[t];
                for (var k = offered.TrialStart[t]; k < offered.TrialStart[t + 1]; k++)
                {
                    var ordinal = offered.Ordinal[k];
                    if (taken[offsets[c] + k] || OpportunityIdentity.Age(ordinal) >= MaxAgeYears)
                    {
                        continue;
                    }

                    var sector = offered.Sector[k];
                    var stream = new RandomStream(StreamKey.For(_seed, keys[sector], year, RandomPurpose.BacklogSurvival), _firstTrial + t, (uint)ordinal);
                    if (stream.NextUniform() < ageOut)
                    {
                        continue;
                    }

                    n = carried.Append(n, offered, k, k + 1, ageBy: 1);
                }
            }

            carried.TrialStart[_count] = n;
            carried.Count = n;
        }
    }

    /// <summary>A batch whose arrays grow by doubling and are refilled every year.</summary>
    private sealed class Buffer(int trials)
    {
        public OpportunityBatch Batch { get; private set; } = new(new int[trials + 1], [], [], [], [], [], []);

        public int[] TrialStart => Batch.TrialStart;

        public int Count { get; set; }

        public void Reserve(int size)
        {
            if (Batch.Sector.Length < size)
            {
                var capacity = Math.Max(size, 2 * Batch.Sector.Length);
                Batch = new OpportunityBatch(Batch.TrialStart, new int[capacity], new int[capacity], new double[capacity], new double[capacity], new int[capacity], new double[capacity]);
            }
        }

        // Copies entries [from, to) of source to position n; carrying to next year ages them by one.
        public int Append(int n, OpportunityBatch source, int from, int to, int ageBy)
        {
            var length = to - from;
            if (length <= 0)
            {
                return n;
            }

            var target = Batch;
            Array.Copy(source.Sector, from, target.Sector, n, length);
            Array.Copy(source.SizeTco2PerYear, from, target.SizeTco2PerYear, n, length);
            Array.Copy(source.CapexJpy, from, target.CapexJpy, n, length);
            Array.Copy(source.CreditingYears, from, target.CreditingYears, n, length);
            Array.Copy(source.AnnuityWithoutCredits, from, target.AnnuityWithoutCredits, n, length);
            for (var k = 0; k < length; k++)
            {
                var ordinal = source.Ordinal[from + k];
                target.Ordinal[n + k] = OpportunityIdentity.Pack(OpportunityIdentity.Age(ordinal) + ageBy, OpportunityIdentity.Index(ordinal));
            }

            return n + length;
        }
    }
}
