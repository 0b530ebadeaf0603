using JcmSim.Model.Distributions;
using JcmSim.Model.Finance;

namespace JcmSim.Model.Scenarios.Parameters;

/// <summary>
/// Scalar levers: inputs that are paths over years rather than distributions, offered to studies as
/// multipliers (1 = the scenario as written). A lever is what a goal-seek asks about ("how much
/// private capital per year?"), so it acts on a group where a policy would: every private channel's
/// capital at once, the whole credit-price trend.
/// </summary>
public static class ScenarioLevers
{
    /// <summary>Multiplies the annual capital (<c>annualBudgetJpy</c>) of every private channel; each channel's own <c>budgetMultiplier</c> stays uncertain around it.</summary>
    public const string PrivateCapital = "privateCapital.multiplier";

    /// <summary>Multiplies the whole credit-price trend (<c>creditPrice.trendJpyPerTco2</c>); volatility stays as it is.</summary>
    public const string CreditPriceTrend = "creditPrice.trendMultiplier";

    /// <summary>
    /// Multiplies every sector's addressable share (<c>sectors.*.addressableShare</c>), so the mitigation potential of every
    /// partner and sector at once; each share stays uncertain around it.
    /// </summary>
    public const string AddressableShare = "potential.addressableShareMultiplier";

    /// <summary>
    /// Sets <c>expansion.potentialElasticity</c>, a number of the scenario (not a multiplier): how a new partner's flow
    /// scales with its emissions. Its own value is the scenario's.
    /// </summary>
    public const string PotentialElasticity = "expansion.potentialElasticity";

    /// <summary>The levers that set a scenario number to the study's value (rather than multiplying a group by it).</summary>
    public static IReadOnlyList<string> ValueLevers { get; } = [PotentialElasticity];

    /// <summary>The levers of <paramref name="scenario"/> (the private-capital lever only when it has a private channel).</summary>
    public static IReadOnlyList<ScenarioParameter> All(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var list = new List<ScenarioParameter>();
        if (scenario.Channels.Any(c => c is PrivateInvestorChannel))
        {
            list.Add(Lever(PrivateCapital, new LocalizedText("Private capital per year (all private channels): multiplier", "民間資金（全民間チャネル）の倍率"),
                (s, v) => s with { Channels = s.Channels.Select(c => c is PrivateInvestorChannel ? c with { AnnualBudgetJpy = Scale(c.AnnualBudgetJpy, v) } : c).ToArray() }));
        }

        list.Add(Lever(AddressableShare, new LocalizedText("Addressable share of every sector: multiplier", "全分野の削減可能割合の倍率"),
            (s, v) => s with { Sectors = s.Sectors.Select(x => x with { AddressableShare = x.AddressableShare.Scaled(v) }).ToArray() }));
        list.Add(Lever(PotentialElasticity, new LocalizedText("New partners' flow elasticity to their emissions", "新規パートナーの案件数の排出量弾力性"),
            (s, v) => s with { Expansion = s.Expansion with { PotentialElasticity = v } }, scenario.Expansion.PotentialElasticity));
        list.Add(Lever(CreditPriceTrend, new LocalizedText("Credit price trend: multiplier", "クレジット価格トレンドの倍率"),
            (s, v) => s with { CreditPrice = s.CreditPrice with { TrendJpyPerTco2 = Scale(s.CreditPrice.TrendJpyPerTco2, v) } }));
        return list;
    }

    /// <summary>
    /// The private channels' capital in <paramref name="fiscalYear"/> as the scenario writes it (before
    /// their budget multipliers), JPY per year: what a <see cref="PrivateCapital"/> multiplier of 1 means.
    /// </summary>
    public static double PrivateCapitalJpy(Scenario scenario, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Channels.OfType<PrivateInvestorChannel>().Sum(c => c.AnnualBudgetJpy.At(fiscalYear));
    }

    private static ScenarioParameter Lever(string path, LocalizedText label, Func<Scenario, double, Scenario> apply, double own = 1) =>
        new(path, label, Distribution.Fixed(own), ParameterScope.PerTrial, (s, d) => apply(s, d.IsFixed
            ? d.Mean
            : throw new ArgumentException($"The lever {path} takes a value (a fixed distribution), not {d.Describe()}.", nameof(d))))
        {
            IsLever = true,
        };

    private static YearPath Scale(YearPath path, double factor) =>
        new([.. path.Points.Select(p => p with { Value = p.Value * factor })]);
}
