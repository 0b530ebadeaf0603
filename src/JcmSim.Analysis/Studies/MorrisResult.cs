using System.Text.Json.Serialization;

namespace JcmSim.Analysis.Studies;

/// <summary>
/// The result of a Morris screening study, in memory and as sensitivity.json: what was studied, and
/// each input's μ*, μ and σ with the bootstrap interval of μ*, in <see cref="SensitivityStudyInfo.OutputUnit"/>
/// (<see cref="MorrisIndex.Input"/> is the input's position in <see cref="SensitivityStudyInfo.Inputs"/>).
/// </summary>
/// <param name="Study">What was varied and measured.</param>
/// <param name="Indices">The elementary-effect statistics.</param>
public sealed record MorrisResult(SensitivityStudyInfo Study, MorrisIndices Indices)
{
    /// <summary>The method's name in sensitivity.json and on the command line.</summary>
    public const string MethodName = "morris";

    /// <summary>"morris", first in sensitivity.json so that a reader knows the shape of <see cref="Indices"/>.</summary>
    [JsonPropertyOrder(-1)]
    public string Method => MethodName;
}
