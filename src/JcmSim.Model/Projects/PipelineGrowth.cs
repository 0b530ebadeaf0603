using JcmSim.Model.Distributions;

namespace JcmSim.Model.Projects;

/// <summary>
/// Growth of the opportunity flow: λ_{c,s,y} = base_{c,s} · m · (1+g)^(y−y₀) · (1 + κ·((1+g_city)^(y−y₀) − 1)),
/// where κ is the city-to-city share (mizutani-2022: about 10% of projects).
/// </summary>
public sealed record PipelineGrowth
{
    /// <summary>Reference year y₀ of the country potentials.</summary>
    public required int BaseYear { get; init; }

    /// <summary>Multiplier m on every country's potential (per trial), ≥ 0.</summary>
    public required Distribution Multiplier { get; init; }

    /// <summary>Growth rate g of the opportunity flow per year (per trial), &gt; −1.</summary>
    public required Distribution GrowthRatePerYear { get; init; }

    /// <summary>Share κ of the pipeline coming from city-to-city collaboration, in [0, 1].</summary>
    public double CityToCityShare { get; init; }

    /// <summary>Extra growth g_city of the city-to-city part (per trial), &gt; −1.</summary>
    public Distribution CityToCityGrowthRatePerYear { get; init; } = Distribution.Fixed(0);

    /// <summary>
    /// Probability a that an unfunded opportunity leaves the backlog in a year (per trial), in [0, 1];
    /// 1 (the default) drops every unfunded opportunity at the end of its year.
    /// </summary>
    public Distribution BacklogAgeOutPerYear { get; init; } = Distribution.Fixed(1);

    /// <summary>
    /// Response β of origination to money left unspent (per trial), ≥ 0: the developers' pipeline grows
    /// by β × the share of all channels' money unspent, <see cref="FinanceResponseLagYears"/> earlier. Default 0.
    /// </summary>
    public Distribution FinanceResponsePerUnspentShare { get; init; } = Distribution.Fixed(0);

    /// <summary>Largest yearly growth of the developers' pipeline from that response (per trial), ≥ 0: their capacity. Default 0.</summary>
    public Distribution MaxFinanceResponseGrowthPerYear { get; init; } = Distribution.Fixed(0);

    /// <summary>Years between money left unspent and the origination it draws, ≥ 1.</summary>
    public int FinanceResponseLagYears { get; init; } = 1;

    /// <summary>
    /// Elasticity ε of origination to the credit price (per trial), ≥ 0: the flow scales with
    /// (P / Trend(base year))^ε. Default 0.
    /// </summary>
    public Distribution CreditPriceElasticity { get; init; } = Distribution.Fixed(0);

    /// <summary>
    /// Market maturity μ (per trial), ≥ 0: a country's opportunity flow scales with 1 + μ · ln(1 + N), N the
    /// JCM projects funded there so far (the recorded portfolio included). Default 0.
    /// </summary>
    public Distribution MaturityPerLogProjects { get; init; } = Distribution.Fixed(0);

    /// <summary>
    /// JCM projects N_ref a partner has done at the rates of the opportunity table, ≥ 0: maturity is
    /// counted relative to it, (1 + μ · ln(1 + N)) / (1 + μ · ln(1 + N_ref)). Default 0.
    /// </summary>
    public double MaturityReferenceProjects { get; init; }

    /// <summary>
    /// Registrations a partner's Joint Committee can handle in a year before any project is done there (per
    /// trial), &gt; 0; funded projects beyond it start later. Null (the default): no such constraint.
    /// </summary>
    public Distribution? JointCommitteeRegistrationsPerYear { get; init; }

    /// <summary>Growth of that throughput per JCM project done in the partner (per trial), ≥ 0. Default 0.</summary>
    public Distribution JointCommitteeRegistrationsPerProject { get; init; } = Distribution.Fixed(0);
}
