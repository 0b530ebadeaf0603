namespace JcmSim.ScenarioFormat.Fields;

/// <summary>A group of fields documented together (one table of <c>scenarios/README.md</c>).</summary>
/// <param name="Title">The table's heading.</param>
/// <param name="Fields">The fields, in the order of the format.</param>
internal sealed record ScenarioFieldSection(string Title, IReadOnlyList<ScenarioField> Fields);
