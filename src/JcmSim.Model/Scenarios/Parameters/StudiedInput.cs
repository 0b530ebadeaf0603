using JcmSim.Model.Distributions;

namespace JcmSim.Model.Scenarios.Parameters;

/// <summary>One input a study varies: the scenario's parameter and the distribution the study samples it from.</summary>
/// <param name="Parameter">The input, with its path and how to put a value in its place.</param>
/// <param name="Range">The study distribution: the <c>uncertainties:</c> range, or the input's own distribution.</param>
public sealed record StudiedInput(ScenarioParameter Parameter, Distribution Range)
{
    /// <summary>The input's dotted path.</summary>
    public string Path => Parameter.Path;
}
