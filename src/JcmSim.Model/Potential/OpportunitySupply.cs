using JcmSim.Model.Projects;
using JcmSim.Model.Randomness;
using JcmSim.Model.Simulation;

namespace JcmSim.Model.Potential;

/// <summary>
/// How much of each country's mitigation potential is left and how mature its JCM market is, per trial
/// (MODEL.md §Opportunities):
///
///     A_{c,s,t} = E_{c,src(s)} · 10⁶ · a_{s,t}                         [tCO2/yr]
///     H_{c,s,t,y} = max(0, 1 − K_{c,s,t,y} / A_{c,s,t})                 (1 where A is unknown)
///     M_{c,t,y} = (1 + μ_t · ln(1 + N_{c,t,y})) / (1 + μ_t · ln(1 + N_ref))
///     factor_{c,s,t,y} = O_{t,y} · M_{c,t,y} · H_{c,s,t,y}
///
/// with K the expected size of the projects funded in (c, s) before year y and of the recorded portfolio,
/// N the number of those projects in c, N_ref the projects a partner has done at the opportunity table's
/// rates (<see cref="PipelineGrowth.MaturityReferenceProjects"/>), a the sector's addressable share and μ the maturity response, both
/// drawn per trial, and O the origination factor from money and price. The state of a trial depends only on
/// its own funded projects, so a trial's factors never depend on its block.
/// </summary>
public sealed class OpportunitySupply
{
    /// <summary>Parameter ordinal of μ among the pipeline's per-trial draws.</summary>
    public const int ParameterMaturity = 7;

    private readonly int _count;
    private readonly int _sectors;
    private readonly double[] _maturity;
    private readonly double _referenceLog;
    private readonly double[][] _potential;
    private readonly double[][] _captured;
    private readonly double[][] _projects;
    private readonly double[][] _factors;

    /// <summary>Draws the per-trial parameters of trials <paramref name="firstTrial"/> … + <paramref name="count"/> − 1 and counts the recorded portfolio.</summary>
    public OpportunitySupply(CompiledScenario scenario, ulong seed, int firstTrial, int count)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _count = count;
        var sectors = scenario.Sectors;
        _sectors = sectors.Count;
        _referenceLog = Math.Log(1 + Math.Max(0, scenario.Scenario.Pipeline.MaturityReferenceProjects));
        _maturity = TrialDraws.For(count, scenario.Scenario.Pipeline.MaturityPerLogProjects, seed, EntityKeys.Pipeline, ParameterMaturity, firstTrial);
        var shares = sectors.Select(s => TrialDraws.For(count, s.AddressableShare, seed, EntityKeys.Potential(s.Id), 0, firstTrial)).ToArray();
        var countries = scenario.Countries.Count;
        _potential = new double[countries][];
        _captured = new double[countries][];
        _projects = new double[countries][];
        _factors = new double[countries][];
        for (var c = 0; c < countries; c++)
        {
            var emissions = scenario.Countries[c].EmissionsMt;
            _potential[c] = new double[count * _sectors];
            _captured[c] = new double[count * _sectors];
            _projects[c] = new double[count];
            _factors[c] = new double[count * _sectors];
            for (var t = 0; t < count; t++)
            {
                for (var s = 0; s < _sectors; s++)
                {
                    _potential[c][(t * _sectors) + s] = double.IsNaN(emissions[s]) ? double.PositiveInfinity : Math.Max(0, emissions[s]) * 1e6 * Math.Clamp(shares[s][t], 0, 1);
                }
            }
        }

        foreach (var cohort in scenario.Scenario.ExistingPortfolio)
        {
            if (scenario.CountryIndex.TryGetValue(cohort.Country, out var c) && scenario.SectorIndex.TryGetValue(cohort.Sector, out var s))
            {
                for (var t = 0; t < count; t++)
                {
                    _captured[c][(t * _sectors) + s] += cohort.SizeTco2PerYear;
                    _projects[c][t] += cohort.Projects;
                }
            }
        }
    }

    /// <summary>
    /// The factor on each country's opportunity rates this year, [country][trial × sectors + sector], given
    /// the origination factor per trial. Valid for the year.
    /// </summary>
    public double[][] Factors(double[] originationFactor)
    {
        for (var c = 0; c < _factors.Length; c++)
        {
            var factors = _factors[c];
            var potential = _potential[c];
            var captured = _captured[c];
            var projects = _projects[c];
            for (var t = 0; t < _count; t++)
            {
                var mu = Math.Max(0, _maturity[t]);
                var common = originationFactor[t] * (1 + (mu * Math.Log(1 + projects[t]))) / (1 + (mu * _referenceLog));
                for (var s = 0; s < _sectors; s++)
                {
                    var i = (t * _sectors) + s;
                    factors[i] = common * Headroom(captured[i], potential[i]);
                }
            }
        }

        return _factors;
    }

    /// <summary>Adds the year's funded projects to what is captured in their country and sector.</summary>
    public void Record(FundedProjects funded)
    {
        ArgumentNullException.ThrowIfNull(funded);
        for (var p = 0; p < funded.Count; p++)
        {
            var c = funded.Country[p];
            var t = funded.Trial[p];
            _captured[c][(t * _sectors) + funded.Sector[p]] += funded.SizeTco2PerYear[p];
            _projects[c][t] += 1;
        }
    }

    /// <summary>The expected size captured so far in country <paramref name="country"/>, sector <paramref name="sector"/>, trial offset <paramref name="trial"/> (tCO2/yr).</summary>
    public double CapturedTco2PerYear(int country, int sector, int trial) => _captured[country][(trial * _sectors) + sector];

    /// <summary>The mitigation potential of country <paramref name="country"/>, sector <paramref name="sector"/>, trial offset <paramref name="trial"/> (tCO2/yr; ∞ where unknown).</summary>
    public double PotentialTco2PerYear(int country, int sector, int trial) => _potential[country][(trial * _sectors) + sector];

    /// <summary>The share of a potential left: 1 − captured/potential, at least 0; 1 for an unknown (infinite) potential.</summary>
    public static double Headroom(double capturedTco2PerYear, double potentialTco2PerYear) =>
        double.IsPositiveInfinity(potentialTco2PerYear) ? 1 : potentialTco2PerYear <= 0 ? 0 : Math.Max(0, 1 - (capturedTco2PerYear / potentialTco2PerYear));
}
