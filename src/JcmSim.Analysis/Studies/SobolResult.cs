using System.Text.Json.Serialization;

namespace JcmSim.Analysis.Studies;

/// <summary>
/// The result of a Sobol' sensitivity study, in memory and as sensitivity.json: what was studied,
/// and each input's first- and total-order indices with their bootstrap intervals
/// (<see cref="SobolIndex.Input"/> is the input's position in <see cref="SensitivityStudyInfo.Inputs"/>).
/// </summary>
/// <param name="Study">What was varied and measured.</param>
/// <param name="Indices">The indices.</param>
public sealed record SobolResult(SensitivityStudyInfo Study, SobolIndices Indices)
{
    /// <summary>The method's name in sensitivity.json and on the command line.</summary>
    public const string MethodName = "sobol";

    /// <summary>"sobol", first in sensitivity.json so that a reader knows the shape of <see cref="Indices"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Method => MethodName;
}
