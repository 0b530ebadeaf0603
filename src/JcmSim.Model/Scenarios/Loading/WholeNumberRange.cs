namespace JcmSim.Model.Scenarios.Loading;

/// <summary>The values an integer field (a year, a count, a number of years) accepts.</summary>
internal sealed record WholeNumberRange(int Min, int Max, string Text)
{
    /// <summary>A fiscal year; the bounds only catch typos such as 203 or 20300.</summary>
    public static readonly WholeNumberRange Year = new(1950, 2200, "a fiscal year from 1950 to 2200");

    /// <summary>A count or number of years that may be zero.</summary>
    public static readonly WholeNumberRange NonNegative = new(0, int.MaxValue, "a whole number ≥ 0");

    /// <summary>A count or number of years of at least one.</summary>
    public static readonly WholeNumberRange Positive = new(1, int.MaxValue, "a whole number ≥ 1");

    /// <summary>True when <paramref name="value"/> is accepted.</summary>
    public bool Contains(int value) => value >= Min && value <= Max;
}
