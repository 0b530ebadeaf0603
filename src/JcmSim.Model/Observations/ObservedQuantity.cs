namespace JcmSim.Model.Observations;

/// <summary>A quantity of the public record a scenario's <c>observations:</c> may name, with what the model reads for it.</summary>
/// <param name="Name">The name in the record, e.g. <c>moejProjectsSelected</c>.</param>
/// <param name="Unit">The unit its values are recorded in.</param>
/// <param name="Reading">What the model reports beside it, in one sentence (method notes and the README).</param>
/// <param name="NotModelledBecause">Why the model has no reading of it; null when it has one.</param>
public sealed record ObservedQuantity(string Name, string Unit, string Reading, string? NotModelledBecause = null)
{
    /// <summary>True when the model produces a reading of the quantity.</summary>
    public bool IsModelled => NotModelledBecause is null;
}
