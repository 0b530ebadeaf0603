using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The <c>uncertainties</c> and <c>correlations</c> blocks, and the levers only studies have.</summary>
internal static class StudyFields
{
    /// <summary><c>uncertainties.*</c>: one entry per studied input.</summary>
    public static readonly ScenarioField Uncertainty = ScenarioField.Other("uncertainties.*", ScenarioFieldKind.Distribution, $"'{StudyInputsReader.OwnDistribution}' or a distribution inside the input's range, at most {ScenarioLimits.MaxStudyInputs} inputs",
        "Input path (the parameter walk, e.g. channels.moej.budgetMultiplier) → the range a study samples it from.")
        with { Default = "none", Basis = "assumption: a study varies only the inputs named" };

    /// <summary><c>correlations[*].between</c>.</summary>
    public static readonly ScenarioField Between = ScenarioField.Other("correlations[*].between", ScenarioFieldKind.List, "two different paths named in uncertainties:", "The two inputs; each pair once, and the matrix positive definite.");

    /// <summary><c>correlations[*].spearman</c>.</summary>
    public static readonly ScenarioField Spearman = ScenarioField.Number("correlations[*].spearman", FieldRanges.Correlation, "rank correlation", "Spearman rank correlation of the two inputs.");

    /// <summary><c>privateCapital.multiplier</c> (<see cref="ScenarioLevers.PrivateCapital"/>).</summary>
    public static readonly ScenarioField PrivateCapital = new(ScenarioLevers.PrivateCapital, ScenarioFieldKind.Lever, "factor", "Study lever: multiplies the annual capital of every private channel (1 = the scenario as written).")
    {
        Range = FieldRanges.Factor,
        Default = "1",
        Basis = "assumption: the scenario as written",
    };

    /// <summary><c>creditPrice.trendMultiplier</c> (<see cref="ScenarioLevers.CreditPriceTrend"/>).</summary>
    public static readonly ScenarioField CreditPriceTrend = PrivateCapital with
    {
        Path = ScenarioLevers.CreditPriceTrend,
        Description = "Study lever: multiplies the whole credit-price trend (1 = the scenario as written).",
    };

    /// <summary><c>potential.addressableShareMultiplier</c> (<see cref="ScenarioLevers.AddressableShare"/>).</summary>
    public static readonly ScenarioField AddressableShare = PrivateCapital with
    {
        Path = ScenarioLevers.AddressableShare,
        Description = "Study lever: multiplies every sector's addressable share, so every partner's mitigation potential (1 = the scenario as written).",
    };

    /// <summary>Every field of the study blocks.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [Uncertainty, Between, Spearman, PrivateCapital, CreditPriceTrend, AddressableShare];
}
