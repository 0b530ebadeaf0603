using JcmSim.Model.Distributions;

namespace JcmSim.Model.Finance;

/// <summary>
/// A subsidy or grant programme: the Ministry of the Environment's financing programme
/// (設備補助事業) or an international-organisation fund (ADB JFJCM, UNIDO). It pays
/// min(ratio cap × capex, per-project cap) and ranks opportunities by subsidy per tCO2 of expected
/// lifetime reductions, cheapest first, until the year's budget is spent.
/// </summary>
public sealed record PublicProgrammeChannel : FinanceChannel
{
    /// <summary>The <see cref="Programme"/> of the Ministry's own programme.</summary>
    public const string MinistryProgramme = "ministry";

    /// <summary>The <see cref="Programme"/> of an international-organisation fund the Ministry pays for.</summary>
    public const string InternationalOrganisationProgramme = "internationalOrganisation";

    /// <summary>
    /// <see cref="MinistryProgramme"/> or <see cref="InternationalOrganisationProgramme"/>. The funding
    /// mechanics are the same; the programme says which of the Ministry's tallies count the channel's
    /// projects (the equipment-subsidy programme's selections and host countries, or only its wider tally).
    /// </summary>
    public string Programme { get; init; } = MinistryProgramme;

    /// <summary>Largest subsidy as a share of initial investment (per trial), in [0, 1]. Facts: up to 1/2.</summary>
    public required Distribution SubsidyRatioCap { get; init; }

    /// <summary>Largest subsidy for one project, JPY. Facts: ¥2.0 bn (FY2022 call).</summary>
    public required double PerProjectCapJpy { get; init; }

    /// <summary>Subsidies above this many JPY per tCO2 of expected lifetime reductions are not granted; null for no limit.</summary>
    public double? MaxSubsidyJpyPerTco2 { get; init; }

    /// <summary>
    /// Japan's share of a funded project's credits is at least this, in [0, 1]; 0 for no floor.
    /// Facts: at least half of the credits of the Ministry's subsidised projects go to Japan's government.
    /// </summary>
    public double MinimumJapanCreditShare { get; init; }

    /// <summary>Return the project participants need on their own share of the investment (per trial), before the country-risk premium.</summary>
    public required Distribution ParticipantHurdleRate { get; init; }

    /// <inheritdoc />
    public override bool IsPublic => true;
}
