using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Model.Scenarios;

namespace JcmSim.Charts.Reports;

/// <summary>
/// The distribution-valued inputs of a scenario as report rows (<see cref="ScenarioParameters.All"/>),
/// with the partner inputs that several partners share folded into one row per field.
/// </summary>
public static class AssumptionsTable
{
    private const string PartnerPrefix = "partners.";

    /// <summary>The rows of <paramref name="scenario"/>, in scenario order.</summary>
    public static IReadOnlyList<AssumptionRow> Rows(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var parameters = ScenarioParameters.All(scenario);
        var rows = new List<AssumptionRow>();
        var partnersDone = false;
        foreach (var parameter in parameters)
        {
            if (!IsPartner(parameter))
            {
                rows.Add(Row(parameter.Path, parameter.Label, parameter, []));
            }
            else if (!partnersDone)
            {
                rows.AddRange(PartnerRows(parameters.Where(IsPartner).ToList()));
                partnersDone = true;
            }
        }

        return rows;
    }

    /// <summary>The rows of <paramref name="variant"/> whose path is new or whose distribution differs from <paramref name="reference"/>.</summary>
    public static IReadOnlyList<AssumptionRow> Differences(Scenario reference, Scenario variant)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(variant);
        var baseRows = Rows(reference).ToDictionary(r => r.Path, r => r.Distribution, StringComparer.Ordinal);
        return Rows(variant).Where(r => !baseRows.TryGetValue(r.Path, out var d) || d != r.Distribution).ToList();
    }

    private static bool IsPartner(ScenarioParameter parameter) => parameter.Path.StartsWith(PartnerPrefix, StringComparison.Ordinal);

    private static IEnumerable<AssumptionRow> PartnerRows(IReadOnlyList<ScenarioParameter> partners)
    {
        foreach (var field in partners.Select(Field).Distinct(StringComparer.Ordinal))
        {
            var groups = partners.Where(p => Field(p) == field)
                .GroupBy(p => p.Distribution.Describe(), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ToList();
            foreach (var group in groups)
            {
                if (group.Count() > 1 && group == groups[0])
                {
                    var members = group.Select(p => p.Path.Split('.')[1]).ToList();
                    var entity = new LocalizedText($"{members.Count} partners", $"{members.Count}か国");
                    yield return Row($"{PartnerPrefix}*.{field}", ParameterLabels.Compose(entity, field), group.First(), members);
                    continue;
                }

                foreach (var parameter in group)
                {
                    yield return Row(parameter.Path, parameter.Label, parameter, []);
                }
            }
        }
    }

    private static string Field(ScenarioParameter parameter) => parameter.Path[(parameter.Path.LastIndexOf('.') + 1)..];

    private static AssumptionRow Row(string path, LocalizedText label, ScenarioParameter parameter, IReadOnlyList<string> members)
    {
        var distribution = parameter.Distribution;
        return new AssumptionRow(path, label, distribution.Describe(), distribution.Quantile(0.1), distribution.Mean, distribution.Quantile(0.9), parameter.Scope, members);
    }
}
