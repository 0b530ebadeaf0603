namespace JcmSim.Model.Scenarios;

/// <summary>
/// A value that changes over fiscal years, given at a few points: linear between points and
/// flat before the first and after the last (e.g. a budget path in JPY per year).
/// </summary>
public sealed record YearPath(IReadOnlyList<YearValue> Points)
{
    /// <summary>A path that is the same in every year.</summary>
    public static YearPath Constant(double value) => new([new YearValue(2000, value)]);

    /// <summary>The value in <paramref name="fiscalYear"/>.</summary>
    public double At(int fiscalYear)
    {
        if (Points.Count == 0)
        {
            return 0;
        }

        if (fiscalYear <= Points[0].FiscalYear)
        {
            return Points[0].Value;
        }

        for (var i = 1; i < Points.Count; i++)
        {
            var right = Points[i];
            if (fiscalYear <= right.FiscalYear)
            {
                var left = Points[i - 1];
                var weight = (double)(fiscalYear - left.FiscalYear) / (right.FiscalYear - left.FiscalYear);
                return left.Value + (weight * (right.Value - left.Value));
            }
        }

        return Points[^1].Value;
    }
}

/// <summary>One point of a <see cref="YearPath"/>.</summary>
public sealed record YearValue(int FiscalYear, double Value);
