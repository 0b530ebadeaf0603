namespace JcmSim.ScenarioFormat;

/// <summary>
/// One problem found while loading a scenario: where it is (file, 1-based line and column of the
/// YAML node or CSV cell), which field it concerns and what is wrong.
/// </summary>
/// <param name="File">The file as the user named it (relative paths stay relative).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="FieldPath">Dotted path of the field, e.g. <c>channels.moej.subsidyRatioCap</c> or <c>partners[3].signingYear</c>; empty for the whole file.</param>
/// <param name="Problem">What is wrong, in one sentence.</param>
/// <param name="Allowed">What would be accepted, e.g. <c>[0, 1]</c>; empty when there is nothing useful to say.</param>
public sealed record ScenarioError(string File, int Line, int Column, string FieldPath, string Problem, string Allowed = "")
{
    /// <summary>The problem without its place: what <see cref="ScenarioValidator"/> reports for the same mistake in a scenario built in code.</summary>
    public ScenarioProblem Finding => new(FieldPath, Problem, Allowed);

    /// <summary><c>file:line:col  field.path: problem (allowed: …)</c>, the allowed part only when known.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}  {Finding}";
}
