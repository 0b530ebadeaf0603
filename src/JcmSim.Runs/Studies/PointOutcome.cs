namespace JcmSim.Runs.Studies;

/// <summary>One design point of a study: the studied inputs' values and the outcome against every target.</summary>
/// <param name="Index">Row of the design.</param>
/// <param name="Values">Value of each studied input, in the inputs' order and units.</param>
/// <param name="Targets">One outcome per target, in the scenario's order.</param>
public sealed record PointOutcome(int Index, IReadOnlyList<double> Values, IReadOnlyList<TargetOutcome> Targets)
{
    /// <summary>The outcome at <paramref name="fiscalYear"/>.</summary>
    /// <exception cref="ArgumentException">No target has that year.</exception>
    public TargetOutcome At(int fiscalYear) =>
        Targets.FirstOrDefault(t => t.FiscalYear == fiscalYear) ?? throw new ArgumentException($"No target in FY{fiscalYear}.", nameof(fiscalYear));
}
