namespace JcmSim.ScenarioFormat;

/// <summary>The columns of a data table: required ones must be in the header, optional ones may be.</summary>
internal sealed record TableSchema(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>Every column the table may have.</summary>
    public IReadOnlyList<string> All => [.. Required, .. Optional];
}
