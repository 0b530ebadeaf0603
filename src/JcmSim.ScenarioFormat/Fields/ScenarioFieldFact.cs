namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// What the field catalogue says of one scenario field, for readers outside the format (the planner's
/// workbook, the explorer): its path pattern, unit, meaning, default and the basis of that default.
/// </summary>
/// <param name="Path">The catalogue's dotted path, <c>*</c> for any id or row, e.g. <c>sectors.*.failureHazardPerYear</c>.</param>
/// <param name="Unit">Unit of the value, <c>–</c> when it has none.</param>
/// <param name="Description">What the field means, in one sentence.</param>
/// <param name="Default">The value when the field is absent, or "required".</param>
/// <param name="Basis">Why the default (or the value) is what it is: the id of a document in sources.csv, "assumption", or "per scenario".</param>
public sealed record ScenarioFieldFact(string Path, string Unit, string Description, string Default, string Basis);
