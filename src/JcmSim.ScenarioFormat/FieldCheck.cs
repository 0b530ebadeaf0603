using JcmSim.Model.Distributions;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// The range checks of one value against its field's range, shared by the YAML reader (which adds
/// where the value is) and <see cref="ScenarioValidator"/>, so both say the same thing.
/// </summary>
internal static class FieldCheck
{
    /// <summary>The problem of <paramref name="value"/> at <paramref name="path"/>, or null when <paramref name="range"/> accepts it.</summary>
    public static ScenarioProblem? Number(double value, string path, ValueRange range)
    {
        if (!double.IsFinite(value))
        {
            return new(path, $"expected a finite number, got {ValueRange.Format(value)}", "a finite number; NaN and infinities are not numbers a scenario can use");
        }

        if (!range.Contains(value))
        {
            return new(path, $"{ValueRange.Format(value)} is out of range", range.Text);
        }

        return range.WithinCeiling(value) ? null : new(path, $"{ValueRange.Format(value)} is above the limit of {ValueRange.FormatLimit(range.Ceiling)} for this field", range.Text);
    }

    /// <summary>The problem of the whole number <paramref name="value"/>, or null when <paramref name="range"/> accepts it.</summary>
    public static ScenarioProblem? WholeNumber(double value, string path, WholeNumberRange range) =>
        value < range.Min || value > range.Max ? new(path, $"{ValueRange.Format(value)} is out of range", range.Text) : null;

    /// <summary>
    /// The problem of <paramref name="distribution"/>, or null when its whole support lies in
    /// <paramref name="range"/> and its largest draw within the range's ceiling.
    /// </summary>
    public static ScenarioProblem? Distribution(Distribution distribution, string path, ValueRange range)
    {
        if (!range.ContainsSupport(distribution.Minimum, distribution.Maximum))
        {
            var problem = distribution.IsFixed
                ? $"{ValueRange.Format(distribution.Minimum)} is out of range"
                : $"{distribution.Describe()} takes values in [{ValueRange.Format(distribution.Minimum)}, {ValueRange.Format(distribution.Maximum)}], outside the allowed range";
            if (distribution is NormalDistribution { Min: null } or NormalDistribution { Max: null } && !distribution.IsFixed)
            {
                problem += "; truncate it with min/max";
            }

            return new(path, problem, range.Text);
        }

        var largest = DistributionReader.LargestDraw(distribution);
        if (!range.WithinCeiling(largest))
        {
            var problem = distribution.IsFixed
                ? $"{ValueRange.Format(largest)} is above the limit of {ValueRange.FormatLimit(range.Ceiling)} for this field"
                : $"{distribution.Describe()} can draw values up to {ValueRange.Format(largest)}, above the limit of {ValueRange.FormatLimit(range.Ceiling)} for this field";
            return new(path, problem, range.Text);
        }

        return null;
    }
}
