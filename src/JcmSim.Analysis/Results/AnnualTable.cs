namespace JcmSim.Analysis.Results;

/// <summary>The content of annual.parquet, looked up by scenario and series id.</summary>
public sealed class AnnualTable
{
    private readonly Dictionary<(string Scenario, string Series), AnnualSeriesValues> _series;

    /// <summary>Creates the table from its series.</summary>
    /// <exception cref="ArgumentException">A (scenario, series) pair appears twice.</exception>
    public AnnualTable(IEnumerable<AnnualSeriesValues> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series = [];
        foreach (var values in series)
        {
            if (!_series.TryAdd((values.Scenario, values.Series), values))
            {
                throw new ArgumentException($"Series '{values.Series}' of scenario '{values.Scenario}' appears twice.", nameof(series));
            }
        }
    }

    /// <summary>Every series, in no particular order.</summary>
    public IEnumerable<AnnualSeriesValues> All => _series.Values;

    /// <summary>The series, or null when the run did not write it.</summary>
    public AnnualSeriesValues? Find(string scenario, string series) =>
        _series.TryGetValue((scenario, series), out var values) ? values : null;

    /// <summary>The series of <paramref name="scenario"/> whose id starts with <paramref name="prefix"/>, in id order.</summary>
    public IReadOnlyList<AnnualSeriesValues> WithPrefix(string scenario, string prefix) =>
        _series.Values
            .Where(v => v.Scenario == scenario && v.Series.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(v => v.Series, StringComparer.Ordinal)
            .ToList();
}
