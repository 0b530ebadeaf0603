namespace JcmSim.ScenarioFormat;

/// <summary>The values an integer field (a year, a count, a number of years) accepts.</summary>
internal sealed record WholeNumberRange(int Min, int Max, string Text)
{
    /// <summary>A fiscal year; the bounds only catch typos such as 203 or 20300.</summary>
    public static readonly WholeNumberRange Year = new(1950, 2200, "a fiscal year from 1950 to 2200");

    /// <summary>A number of years that may be zero (a lag), up to <see cref="ScenarioLimits.MaxYearsSpan"/>.</summary>
    public static readonly WholeNumberRange YearsOrNone = new(0, ScenarioLimits.MaxYearsSpan, $"a whole number of years from 0 to {ScenarioLimits.MaxYearsSpan:N0}");

    /// <summary>A number of years of at least one (a term, an extension), up to <see cref="ScenarioLimits.MaxYearsSpan"/>.</summary>
    public static readonly WholeNumberRange Years = new(1, ScenarioLimits.MaxYearsSpan, $"a whole number of years from 1 to {ScenarioLimits.MaxYearsSpan:N0}");

    /// <summary>A response lag: 1 to 50 years.</summary>
    public static readonly WholeNumberRange LagYears = new(1, 50, "a whole number of years from 1 to 50");

    /// <summary>A number of projects in a cohort.</summary>
    public static readonly WholeNumberRange Projects = new(1, 10_000_000, "a whole number from 1 to 10,000,000");

    /// <summary>True when <paramref name="value"/> is accepted.</summary>
    public bool Contains(int value) => value >= Min && value <= Max;
}
