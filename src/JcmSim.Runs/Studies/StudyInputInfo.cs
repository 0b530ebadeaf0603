using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Studies;

/// <summary>A studied input as written into a study's JSON: path, label, scope, study range.</summary>
/// <param name="Path">Dotted path.</param>
/// <param name="Label">Display label in English and Japanese.</param>
/// <param name="Scope">"perTrial", "perProject" or "lever".</param>
/// <param name="Range">The study distribution, described (e.g. "uniform(0.5, 20)").</param>
/// <param name="Low">Lowest value a design takes (the range's 0-quantile, or its 0.001-quantile when unbounded).</param>
/// <param name="High">Highest value a design takes.</param>
public sealed record StudyInputInfo(string Path, LocalizedText Label, string Scope, string Range, double Low, double High)
{
    /// <summary>The description of <paramref name="input"/>.</summary>
    public static StudyInputInfo Of(StudiedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scope = input.Parameter.IsLever ? "lever" : input.Parameter.Scope == ParameterScope.PerTrial ? "perTrial" : "perProject";
        return new StudyInputInfo(input.Path, input.Parameter.Label, scope, input.Range.Describe(), StudyInputs.ValueAt(input, 0), StudyInputs.ValueAt(input, 1));
    }
}
