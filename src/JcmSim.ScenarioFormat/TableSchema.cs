using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>The columns of a data table: required ones must be in the header, optional ones may be.</summary>
internal sealed record TableSchema(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    /// <summary>Every column the table may have.</summary>
    public IReadOnlyList<string> All => [.. Required, .. Optional];

    /// <summary>The columns of a table whose cells are <paramref name="columns"/> (required ones first).</summary>
    public static TableSchema Of(IReadOnlyList<ScenarioField> columns) =>
        new([.. columns.Where(c => c.IsRequired).Select(c => c.Key)], [.. columns.Where(c => !c.IsRequired).Select(c => c.Key)]);
}
