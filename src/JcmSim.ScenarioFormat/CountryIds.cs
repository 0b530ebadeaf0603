namespace JcmSim.ScenarioFormat;

/// <summary>
/// The countries a scenario defines while it is read: partners and candidates with their codes
/// checked and registered once, and the partners' signing years, for the sections that refer to them.
/// </summary>
internal sealed class CountryIds(LoadContext context)
{
    /// <summary>The partners' codes.</summary>
    public IdRegistry Partners { get; } = new("partner");

    /// <summary>The candidates' codes.</summary>
    public IdRegistry Candidates { get; } = new("candidate");

    /// <summary>Each partner's signing year, by code.</summary>
    public Dictionary<string, int> SigningYears { get; } = [];

    /// <summary>The row's country code (ISO 3166-1 alpha-3), registered in <paramref name="registry"/>; null when bad or a duplicate (reported).</summary>
    public string? Code(RowReader cells, IdRegistry registry)
    {
        var cell = cells.Cell("code");
        if (cell is null)
        {
            return null;
        }

        var code = cell.Text.Trim();
        var path = cells.Row.PathOf("code");
        if (ScenarioRules.CountryCode(path, code) is { } invalid)
        {
            context.Error(cell.Position, invalid);
            return null;
        }

        if (registry == Candidates && Partners.Contains(code))
        {
            context.Error(cell.Position, ScenarioRules.CandidateIsPartner(path, code));
            return null;
        }

        return registry.Add(code, cell.Position, path, context) ? code : null;
    }

    /// <summary>True when <paramref name="cell"/> names a signed partner, as <paramref name="what"/> (e.g. "a pipeline row") needs; otherwise reports why not.</summary>
    public bool IsPartner(TableCell cell, string path, string what)
    {
        var code = cell.Text.Trim();
        if (Candidates.Contains(code))
        {
            context.Error(cell.Position, ScenarioRules.CandidateNotPartner(path, code, what));
            return false;
        }

        return Partners.Check(code, cell.Position, path, context);
    }
}
