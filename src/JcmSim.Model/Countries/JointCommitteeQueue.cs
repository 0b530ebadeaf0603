using JcmSim.Model.Projects;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Countries;

/// <summary>
/// The MRV and Joint Committee throughput of each partner (MODEL.md §Opportunities), per trial: a partner's
/// Joint Committee registers at most
///
///     R_{c,t,y} = R0_t + γ_t · N_{c,t,y}          projects a year (N: JCM projects funded there before y)
///
/// and a funded project waits its turn: the k-th project of the year in c (funding order: channel, then
/// rank) behind Q waiting from earlier years starts ⌊(Q + k) / R⌋ years later, and
/// Q ← max(0, Q + n − R). Nothing is refused: the constraint delays. Without
/// <see cref="PipelineGrowth.JointCommitteeRegistrationsPerYear"/> every delay is 0.
/// </summary>
public sealed class JointCommitteeQueue
{
    /// <summary>Parameter ordinal of R0 among the pipeline's per-trial draws.</summary>
    public const int ParameterBase = 8;

    /// <summary>Parameter ordinal of γ among the pipeline's per-trial draws.</summary>
    public const int ParameterGrowth = 9;

    private const int MaxDelayYears = 100;

    private readonly int _count;
    private readonly double[]? _base;
    private readonly double[] _growth;
    private readonly double[][] _waiting;
    private readonly double[][] _projects;
    private readonly int[][] _fundedThisYear;

    /// <summary>Draws the per-trial throughput of trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1; the recorded portfolio counts as done.</summary>
    public JointCommitteeQueue(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _count = count;
        var pipeline = scenario.Scenario.Pipeline;
        _base = pipeline.JointCommitteeRegistrationsPerYear is { } perYear ? TrialDraws.For(count, perYear, seed, EntityKeys.Pipeline, ParameterBase, firstTrial) : null;
        _growth = TrialDraws.For(count, pipeline.JointCommitteeRegistrationsPerProject, seed, EntityKeys.Pipeline, ParameterGrowth, firstTrial);
        var countries = scenario.Countries.Count;
        _waiting = new double[countries][];
        _projects = new double[countries][];
        _fundedThisYear = new int[countries][];
        for (var c = 0; c < countries; c++)
        {
            _waiting[c] = new double[count];
            _projects[c] = new double[count];
            _fundedThisYear[c] = new int[count];
        }

        foreach (var cohort in scenario.Scenario.ExistingPortfolio)
        {
            if (scenario.CountryIndex.TryGetValue(cohort.Country, out var c))
            {
                Array.Fill(_projects[c], _projects[c][0] + cohort.Projects);
            }
        }
    }

    /// <summary>
    /// Writes each funded project's start delay (years) into <paramref name="delayYears"/> (indexed like
    /// <paramref name="funded"/>) and advances the queues by the year.
    /// </summary>
    public void Assign(FundedProjects funded, int[] delayYears)
    {
        ArgumentNullException.ThrowIfNull(funded);
        ArgumentNullException.ThrowIfNull(delayYears);
        if (_base is null)
        {
            Array.Clear(delayYears, 0, funded.Count);
            return;
        }

        for (var p = 0; p < funded.Count; p++)
        {
            var c = funded.Country[p];
            var t = funded.Trial[p];
            var k = _fundedThisYear[c][t]++;
            var throughput = Throughput(c, t);
            delayYears[p] = (int)Math.Min(MaxDelayYears, Math.Floor((_waiting[c][t] + k) / throughput));
        }

        for (var c = 0; c < _waiting.Length; c++)
        {
            var waiting = _waiting[c];
            var thisYear = _fundedThisYear[c];
            for (var t = 0; t < _count; t++)
            {
                waiting[t] = Math.Max(0, waiting[t] + thisYear[t] - Throughput(c, t));
                _projects[c][t] += thisYear[t];
                thisYear[t] = 0;
            }
        }
    }

    /// <summary>Registrations partner <paramref name="country"/> can handle this year in trial offset <paramref name="trial"/>.</summary>
    public double Throughput(int country, int trial) =>
        _base is null ? double.PositiveInfinity : Math.Max(1e-9, _base[trial] + (Math.Max(0, _growth[trial]) * _projects[country][trial]));
}
