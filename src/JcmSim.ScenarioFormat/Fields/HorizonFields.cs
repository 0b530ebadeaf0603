namespace JcmSim.ScenarioFormat.Fields;

/// <summary>The <c>horizon</c> and <c>accounting</c> sections: which years are simulated and counted, and the targets.</summary>
internal static class HorizonFields
{
    /// <summary><c>horizon.firstYear</c>.</summary>
    public static readonly ScenarioField FirstYear = ScenarioField.Year("horizon.firstYear", "First simulated fiscal year (April–March).");

    /// <summary><c>horizon.lastYear</c>.</summary>
    public static readonly ScenarioField LastYear = ScenarioField.Year("horizon.lastYear", $"Last simulated fiscal year: firstYear ≤ lastYear, at most {ScenarioLimits.MaxHorizonYears} years.");

    /// <summary><c>accounting.startYear</c>.</summary>
    public static readonly ScenarioField AccountingStartYear = ScenarioField.Year("accounting.startYear", "First fiscal year whose reductions count toward the targets (≤ horizon.lastYear).");

    /// <summary><c>accounting.targets[*].fiscalYear</c>.</summary>
    public static readonly ScenarioField TargetYear = ScenarioField.Year("accounting.targets[*].fiscalYear", "Fiscal year by whose end a target is to be met, inside the horizon and not before startYear; one target per year.");

    /// <summary><c>accounting.targets[*].thresholdMt</c>.</summary>
    public static readonly ScenarioField TargetThreshold = ScenarioField.Number("accounting.targets[*].thresholdMt", FieldRanges.ThresholdMt, "MtCO2 cumulative", "Cumulative reductions the target asks for by the end of its year.");

    /// <summary><c>accounting.reading</c>.</summary>
    public static readonly ScenarioField Reading = ScenarioField.Other("accounting.reading", ScenarioFieldKind.Choice,
        string.Join(", ", Enum.GetNames<JcmSim.Model.Scenarios.TargetReading>().Select(ValueReader.CamelCase)),
        "Which cumulative the targets are tested against (every run reports all four): expected reductions of the selected projects (the Ministry's tally), reductions realised inside live frameworks, credits issued, or Japan's ITMOs (default realisedReductions).")
        with { Default = "realisedReductions", Basis = "assumption: the plan asks for reductions secured (確保), not expected (moej-jcm-page); scenarios/README.md \"Which reading of the target\"" };

    /// <summary>Every horizon and accounting field.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } = [FirstYear, LastYear, AccountingStartYear, Reading, TargetYear, TargetThreshold];
}
