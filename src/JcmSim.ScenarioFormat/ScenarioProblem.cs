namespace JcmSim.ScenarioFormat;

/// <summary>
/// One broken rule of the scenario format, without a place in a file: which field and what is
/// wrong. The YAML reader adds file:line:col (<see cref="ScenarioError"/>); a scenario built in code
/// gets the same problem from <see cref="ScenarioValidator"/>.
/// </summary>
/// <param name="FieldPath">Dotted path of the field, e.g. <c>sectors.solar.failureHazardPerYear</c>; empty for the whole scenario.</param>
/// <param name="Problem">What is wrong, in one sentence.</param>
/// <param name="Allowed">What would be accepted, e.g. <c>[0, 1]</c>; empty when there is nothing useful to say.</param>
public sealed record ScenarioProblem(string FieldPath, string Problem, string Allowed = "")
{
    /// <summary><c>field.path: problem (allowed: …)</c>, the allowed part only when known.</summary>
    public override string ToString()
    {
        var field = FieldPath.Length == 0 ? "" : FieldPath + ": ";
        var allowed = Allowed.Length == 0 ? "" : $" (allowed: {Allowed})";
        return field + Problem + allowed;
    }
}
