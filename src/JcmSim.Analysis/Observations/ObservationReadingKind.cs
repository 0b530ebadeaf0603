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
}
