using System.Text.Json.Serialization;
using JcmSim.Model.Distributions;
using JcmSim.Model.Scenarios;

namespace JcmSim.Model.Finance;

/// <summary>
/// A source of money for JCM projects: an actor with an annual budget or capital that picks
/// opportunities. Channels pick in scenario order each year; an opportunity is funded at most once.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PublicProgrammeChannel), "public")]
[JsonDerivedType(typeof(PrivateInvestorChannel), "private")]
public abstract record FinanceChannel
{
    /// <summary>Identifier, e.g. "moej".</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Money available per fiscal year, JPY.</summary>
    public required YearPath AnnualBudgetJpy { get; init; }

    /// <summary>Multiplier on the budget path (drawn once per trial), ≥ 0.</summary>
    public required Distribution BudgetMultiplier { get; init; }

    /// <summary>
    /// Japanese share of the money a subsidy does not cover (per trial), in [0, 1]: a private investor's
    /// share of the project's capital (local co-investors pay the rest), or the Japanese participants'
    /// share of a subsidised project's own part. Japan's share of the credits follows the Japanese
    /// money (MODEL.md §Finance).
    /// </summary>
    public required Distribution JapanContributionShare { get; init; }

    /// <summary>Sectors this channel funds; empty means all.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>Countries this channel funds; empty means all.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>First fiscal year the channel funds anything.</summary>
    public int FirstYear { get; init; }

    /// <summary>True for public money (Ministry programme, international organisations) in the finance series.</summary>
    [JsonIgnore]
    public abstract bool IsPublic { get; }
}
