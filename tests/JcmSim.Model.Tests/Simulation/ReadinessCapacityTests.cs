using JcmSim.Model.Countries;
using JcmSim.Model.Distributions;
using JcmSim.Model.Simulation;
using JcmSim.Model.Tests.Scenarios;

namespace JcmSim.Model.Tests.Simulation;

/// <summary>
/// A new partner's Article 6 readiness lag scales with its institutional capacity (MODEL.md §Countries):
/// lag × (1 + s · (1 − 2q)), q its government-effectiveness percentile rank ÷ 100, s drawn per trial.
/// </summary>
public sealed class ReadinessCapacityTests
{
    private const int Trials = 64;
    private const int JoinYear = 2026;

    [Fact]
    public void The_lag_factor_is_one_plus_the_sensitivity_times_one_minus_twice_the_rank()
    {
        // s = 0.5: the 80th percentile needs 1 + 0.5 · (1 − 1.6) = 0.7 of the lag, the 10th 1 + 0.5 · 0.8 = 1.4 of it.
        Assert.Equal(0.7, ReadinessCapacity.LagFactor(0.5, 0.8), 12);
        Assert.Equal(1.4, ReadinessCapacity.LagFactor(0.5, 0.1), 12);
        Assert.Equal(1, ReadinessCapacity.LagFactor(0.9, 0.5), 12);
        Assert.Equal(1, ReadinessCapacity.LagFactor(0, 0.95));
        Assert.Equal(1, ReadinessCapacity.LagFactor(0.5, double.NaN));
        Assert.Equal(0, ReadinessCapacity.LagFactor(1, 1), 12);
    }

    [Fact]
    public void A_new_partner_of_higher_capacity_is_ready_sooner_with_the_same_draw_of_its_lag()
    {
        // The same candidate (so the same draw of its lag per trial) at the 90th and the 10th percentile.
        var strong = ReadyYears(rank: 0.9, sensitivity: Distribution.Fixed(0.5));
        var weak = ReadyYears(rank: 0.1, sensitivity: Distribution.Fixed(0.5));

        Assert.All(Enumerable.Range(0, Trials), t => Assert.True(strong[t] <= weak[t], $"trial {t}: ready {strong[t]} (strong) after {weak[t]} (weak)"));
        Assert.True(strong.Average() < weak.Average() - 1, $"mean ready year {strong.Average()} (strong) against {weak.Average()} (weak)");
    }

    [Fact]
    public void A_fixed_lag_is_scaled_to_the_hand_computed_years()
    {
        // Lag 4 years, s = 0.5: q = 0.9 gives 4 · 0.6 = 2.4 → 2 years, q = 0.1 gives 4 · 1.4 = 5.6 → 6 years.
        Assert.All(ReadyYears(rank: 0.9, sensitivity: Distribution.Fixed(0.5), lag: Distribution.Fixed(4)), y => Assert.Equal(JoinYear + 2, y));
        Assert.All(ReadyYears(rank: 0.1, sensitivity: Distribution.Fixed(0.5), lag: Distribution.Fixed(4)), y => Assert.Equal(JoinYear + 6, y));
    }

    [Fact]
    public void No_sensitivity_or_no_capacity_reproduces_the_unscaled_lag()
    {
        var unscaled = ReadyYears(rank: null, sensitivity: new TriangularDistribution(0, 0.5, 0.9));

        Assert.Equal(unscaled, ReadyYears(rank: 0.95, sensitivity: Distribution.Fixed(0)));
        Assert.Equal(unscaled, ReadyYears(rank: 0.05, sensitivity: Distribution.Fixed(0)));
        Assert.Equal(unscaled, ReadyYears(rank: 0.5, sensitivity: new TriangularDistribution(0, 0.5, 0.9)));
    }

    [Fact]
    public void The_sensitivity_is_one_draw_per_trial_whatever_the_block()
    {
        var sensitivity = new TriangularDistribution(0, 0.5, 0.9);
        var whole = ReadyYears(rank: 0.2, sensitivity: sensitivity);
        var second = ReadyYears(rank: 0.2, sensitivity: sensitivity, firstTrial: 32, count: 32);

        Assert.Equal(whole[32..], second);
    }

    [Fact]
    public void The_baseline_reads_each_candidates_percentile_rank()
    {
        var baseline = BaselineScenarioTests.LoadBaseline();

        // scenarios/data/institutional-capacity.csv: India 59.6, Nigeria 13.5 (wgi-2020, 2019).
        Assert.Equal(0.596, baseline.Expansion.Candidates.Single(c => c.Code == "IND").CapacityRank!.Value, 12);
        Assert.Equal(0.135, baseline.Expansion.Candidates.Single(c => c.Code == "NGA").CapacityRank!.Value, 12);
        Assert.All(baseline.Expansion.Candidates, c => Assert.NotNull(c.CapacityRank));
        Assert.Equal(new TriangularDistribution(0, 0.5, 0.9), baseline.Expansion.ReadinessCapacitySensitivity);
    }

    // The ready year of India (the first candidate of the baseline), joined in 2026 in every trial.
    private static int[] ReadyYears(double? rank, Distribution sensitivity, Distribution? lag = null, int firstTrial = 0, int count = Trials)
    {
        var baseline = BaselineScenarioTests.LoadBaseline();
        var expansion = baseline.Expansion with
        {
            Candidates = [.. baseline.Expansion.Candidates.Select(c => c with { CapacityRank = rank })],
            ReadinessCapacitySensitivity = sensitivity,
            Article6ReadinessLagYears = lag ?? new TriangularDistribution(1, 3, 8),
        };
        var compiled = new CompiledScenario(baseline with { Expansion = expansion });
        var india = compiled.CountryIndex["IND"];
        var actor = new CountryActor(compiled, india, seed: 11, firstTrial, count);
        var joined = Enumerable.Repeat(true, count).ToArray();

        var outcome = actor.Step(JoinYear, joined, new double[count * compiled.Sectors.Count]);

        return [.. outcome.IssueFromYear];
    }
}
