namespace JcmSim.ScenarioFormat.Fields;

/// <summary>
/// The field catalogue (<see cref="ScenarioFields"/>) as public facts, looked up by the path of a
/// scenario input such as <c>partners.THA.hostRetentionShare</c> or <c>pipeline.multiplier</c>.
/// </summary>
public static class ScenarioFieldFacts
{
    /// <summary>The basis of a field every scenario states itself, in plain words (the catalogue's is a README link).</summary>
    public const string StatedByScenario = "per scenario: each scenario states its value and basis (scenarios/README.md, Parameters of the baseline)";

    private static readonly IReadOnlyList<(string[] Segments, ScenarioFieldFact Fact)> Patterns = [.. ScenarioFields.All
        .Select(f => (f.Path.Replace("[*]", ".*", StringComparison.Ordinal).Split('.'), new ScenarioFieldFact(
            f.Path, f.Unit, f.Description, f.Default, f.Basis == ScenarioField.StatedByScenario ? StatedByScenario : f.Basis)))];

    /// <summary>Every field of the catalogue, in the order of the format.</summary>
    public static IReadOnlyList<ScenarioFieldFact> All { get; } = [.. Patterns.Select(p => p.Fact)];

    /// <summary>
    /// The field an input path stands for: the catalogue path whose segments match (<c>*</c> matches
    /// any one segment, <c>[*]</c> a row), else the first field with the same last segment (a partner's
    /// override of a country default is documented once, under the default); null when none.
    /// </summary>
    /// <param name="path">A dotted input path, as <c>ScenarioParameters</c> and <c>uncertainties:</c> name inputs.</param>
    public static ScenarioFieldFact? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('.');
        foreach (var (pattern, fact) in Patterns)
        {
            if (pattern.Length == segments.Length && pattern.Zip(segments).All(p => p.First == "*" || p.First == p.Second))
            {
                return fact;
            }
        }

        var key = segments[^1];
        return Patterns.FirstOrDefault(p => p.Segments[^1] == key).Fact;
    }
}
