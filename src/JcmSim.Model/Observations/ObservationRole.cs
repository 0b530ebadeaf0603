namespace JcmSim.Model.Observations;

/// <summary>What a recorded observation is for: fitting the model's assumptions, or checking them out of sample.</summary>
public enum ObservationRole
{
    /// <summary>A record the assumptions were set from (in the JCM record, fiscal years up to FY2019).</summary>
    Calibration,

    /// <summary>A record held out of calibration, to check the model against (in the JCM record, FY2020–FY2025).</summary>
    Validation,
}
