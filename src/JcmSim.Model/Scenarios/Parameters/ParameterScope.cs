namespace JcmSim.Model.Scenarios.Parameters;

/// <summary>How often the model draws an uncertain input (MODEL.md).</summary>
public enum ParameterScope
{
    /// <summary>Once per trial (or per trial and country): a scenario-level uncertainty.</summary>
    PerTrial,

    /// <summary>Once per project opportunity or funded project: heterogeneity between projects of a sector.</summary>
    PerProject,
}
