namespace JcmSim.ScenarioFormat;

/// <summary>One entry of a keyed collection (<see cref="KeyedItems"/>).</summary>
/// <param name="Id">The id, or null when it is missing or invalid (already reported).</param>
/// <param name="IdNode">The node of the id, for messages about it.</param>
/// <param name="Body">The entry's mapping.</param>
/// <param name="Path">The entry's field path, e.g. <c>sectors.solar</c> or <c>sectors[0]</c>.</param>
/// <param name="IdInBody">True when the id is a key of the body (sequence form).</param>
internal sealed record KeyedItem(string? Id, SourceNode IdNode, SourceNode Body, string Path, bool IdInBody);
