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

    // Finished blocks' buffers, for the next block of any scenario with as many countries and trials.
    private static readonly BlockBufferShelf<Buffers> Shelf = new(TimeSpan.FromSeconds(10));

    private readonly CompiledScenario _scenario;
    private readonly ulong _seed;
    private readonly int _firstTrial;
    private readonly int _count;
    private readonly double[] _ageOut;
    private readonly bool _keepsAnything;
    private readonly OpportunityBatch?[] _offered;
    private readonly Buffers _buffers;
    private bool _released;
    private StreamKey[] _survivalKeys = [];

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
        _buffers = Shelf.TryTake(b => b.Countries == countries && b.Trials == count) ?? new Buffers(countries, count);
    }

    /// <summary>How many finished blocks' buffers are waiting for a block to take them.</summary>
    internal static int ShelvedBuffers => Shelf.Count;

    /// <summary>
    /// Leaves this backlog's buffers to the next block (<see cref="BlockBufferShelf{T}"/>); call it when the
    /// block is finished, and use the backlog no more.
    /// </summary>
    public void Release()
    {
        // Twice would hand the same buffers to two blocks.
        if (!_released)
        {
            _released = true;
            _buffers.Empty();
            Shelf.Put(_buffers);
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
        var carried = _buffers.Carried[country];
        if (carried.Count == 0)
        {
            _offered[country] = fresh;
            return fresh;
        }

        var merged = _buffers.Merged[country];
        merged.Reserve(carried.Count + fresh.Count);
        var open = outcome.RegistrationOpen;
        var n = 0;
        for (var t = 0; t < _count; t++)
        {
            merged.TrialStart[t] = n;
            if (open[t])
            {
                n = merged.Append(n, carried.Batch, carried.Batch.TrialStart[t], carried.Batch.TrialStart[t + 1]);
            }

            n = merged.Append(n, fresh, fresh.TrialStart[t], fresh.TrialStart[t + 1]);
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
            var carried = _buffers.Carried[c];
            carried.Count = 0;
            if (!_keepsAnything || _offered[c] is not { } offered || offered.Count == 0)
            {
                continue;
            }

            carried.Reserve(offered.Count);
            var keys = _scenario.Countries[c].OpportunityKeys;
            var survivalKeys = SurvivalKeys(keys, year);
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

                    var stream = new RandomStream(survivalKeys[offered.Sector[k]], _firstTrial + t, (uint)ordinal);
                    if (stream.NextUniform() < ageOut)
                    {
                        continue;
                    }

                    carried.AppendOne(n++, offered, k);
                }
            }

            carried.TrialStart[_count] = n;
            carried.Count = n;
        }
    }

    // The survival streams' keys of one country and year, by sector: hashed once, not per opportunity.
    private StreamKey[] SurvivalKeys(ulong[] keys, int year)
    {
        if (_survivalKeys.Length != keys.Length)
        {
            _survivalKeys = new StreamKey[keys.Length];
        }

        for (var s = 0; s < keys.Length; s++)
        {
            _survivalKeys[s] = StreamKey.For(_seed, keys[s], year, RandomPurpose.BacklogSurvival);
        }

        return _survivalKeys;
    }

    // A backlog's buffers for every country: what survives a year, and what is offered the next. Their
    // entries are always written before they are read, so a later block reuses them once emptied.
    private sealed class Buffers
    {
        public Buffers(int countries, int trials)
        {
            Countries = countries;
            Trials = trials;
            Carried = new Buffer[countries];
            Merged = new Buffer[countries];
            for (var c = 0; c < countries; c++)
            {
                Carried[c] = new Buffer(trials);
                Merged[c] = new Buffer(trials);
            }
        }

        public Buffer[] Carried { get; }

        public Buffer[] Merged { get; }

        public int Countries { get; }

        public int Trials { get; }

        // Nothing is carried into the next block's first year.
        public void Empty()
        {
            foreach (var carried in Carried)
            {
                carried.Count = 0;
            }
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

        // Copies entry k of source to position n, a year older: survivors are scattered, and five
        // Array.Copy calls of one element each cost more than the element copies.
        public void AppendOne(int n, OpportunityBatch source, int k)
        {
            var target = Batch;
            target.Sector[n] = source.Sector[k];
            target.SizeTco2PerYear[n] = source.SizeTco2PerYear[k];
            target.CapexJpy[n] = source.CapexJpy[k];
            target.CreditingYears[n] = source.CreditingYears[k];
            target.AnnuityWithoutCredits[n] = source.AnnuityWithoutCredits[k];
            var ordinal = source.Ordinal[k];
            target.Ordinal[n] = OpportunityIdentity.Pack(OpportunityIdentity.Age(ordinal) + 1, OpportunityIdentity.Index(ordinal));
        }

        // Copies entries [from, to) of source to position n. A trial's run in one country is a few
        // entries, for which element copies beat six Array.Copy calls.
        public int Append(int n, OpportunityBatch source, int from, int to)
        {
            var target = Batch;
            for (var k = from; k < to; k++, n++)
            {
                target.Sector[n] = source.Sector[k];
                target.Ordinal[n] = source.Ordinal[k];
                target.SizeTco2PerYear[n] = source.SizeTco2PerYear[k];
                target.CapexJpy[n] = source.CapexJpy[k];
                target.CreditingYears[n] = source.CreditingYears[k];
                target.AnnuityWithoutCredits[n] = source.AnnuityWithoutCredits[k];
            }

            return n;
        }
    }
}
