namespace JcmSim.Analysis.Observations;

/// <summary>How a run reads an observed quantity from its annual series.</summary>
public enum ObservationReadingKind
{
    /// <summary>The series summed from the first year of the series to the observation's date (the year's share of its fiscal year's flow).</summary>
    Cumulative,

    /// <summary>The series' value in the observation's fiscal year (a stock such as partners).</summary>
    Level,

    /// <summary>The share of the fiscal year's flow up to the observation's date.</summary>
    InYear,

    /// <summary>
    /// A running count (a cumulative series such as projects registered): its value at the end of the
    /// previous fiscal year plus the share of the fiscal year's increase up to the observation's date,
    /// the same rule as <see cref="Cumulative"/> for a flow (in the first year of the series the
    /// increase is the whole value).
    /// </summary>
    RunningCount,
}
