namespace JcmSim.Analysis.Results;

/// <summary>
/// One annual series of one scenario from annual.parquet: per fiscal year the mean and the 5, 25,
/// 50, 75 and 95% quantiles over trials (quantiles are NaN for mean-only series such as
/// <c>reductions.country.*</c>). Arrays are parallel and in year order.
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Series">Series id, e.g. "reductions.cumulative".</param>
/// <param name="Unit">Unit, e.g. "MtCO2", "count", "JPY bn".</param>
/// <param name="Years">Fiscal years, ascending.</param>
/// <param name="Mean">Mean over trials.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
public sealed record AnnualSeriesValues(
    string Scenario,
    string Series,
    string Unit,
    int[] Years,
    double[] Mean,
    double[] P5,
    double[] P25,
    double[] P50,
    double[] P75,
    double[] P95)
{
    /// <summary>True when the quantiles were not kept (mean-only breakdowns).</summary>
    public bool MeanOnly => P50.All(double.IsNaN);

    /// <summary>Index of <paramref name="fiscalYear"/> in <see cref="Years"/>, or −1.</summary>
    public int IndexOf(int fiscalYear) => Array.IndexOf(Years, fiscalYear);

    /// <summary>The running sum of <see cref="Mean"/> from <paramref name="fromYear"/> on (0 before it): the mean of the cumulative series, since means add.</summary>
    public double[] CumulativeMean(int fromYear)
    {
        var result = new double[Years.Length];
        var sum = 0.0;
        for (var i = 0; i < Years.Length; i++)
        {
            if (Years[i] >= fromYear)
            {
                sum += Mean[i];
            }

            result[i] = sum;
        }

        return result;
    }
}
