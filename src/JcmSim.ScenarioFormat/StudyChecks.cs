using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.ScenarioFormat.Fields;

namespace JcmSim.ScenarioFormat;

/// <summary>
/// The reader's rules for <c>uncertainties:</c> and <c>correlations:</c>, applied to the study inputs
/// of a scenario built in code (<see cref="ScenarioValidator"/>).
/// </summary>
internal static class StudyChecks
{
    /// <summary>Adds every problem of the scenario's study inputs and correlations to <paramref name="problems"/>.</summary>
    public static void Check(Scenario scenario, ScenarioProblemList problems)
    {
        var parameters = ScenarioParameters.Studiable(scenario).ToDictionary(p => p.Path, StringComparer.Ordinal);
        problems.Add(StudyInputsReader.TooManyInputs("uncertainties", scenario.Uncertainties.Count));
        foreach (var input in scenario.Uncertainties)
        {
            var path = $"uncertainties.{input.Path}";
            if (!parameters.TryGetValue(input.Path, out var parameter))
            {
                problems.Add(StudyInputsReader.NotAnInput(path, input.Path, parameters.Keys));
            }
            else if (input.Range is not { } range)
            {
                problems.Add(parameter.IsLever ? StudyInputsReader.LeverWithoutRange(path) : parameter.IsUncertain ? null : StudyInputsReader.FixedOwn(path, parameter));
            }
            else
            {
                problems.Add(ScenarioValidator.Distribution(range, path, ScenarioFields.StudyRange(input.Path)) ?? (range.IsFixed ? StudyInputsReader.SingleValue(path, range) : null));
            }
        }

        var names = scenario.Uncertainties.Select(u => u.Path).ToList();
        var pairs = new HashSet<(string, string)>();
        var valid = new List<RankCorrelation>();
        foreach (var (correlation, i) in scenario.Correlations.Select((c, i) => (c, i)))
        {
            var path = $"correlations[{i}]";
            var (first, second) = (correlation.First, correlation.Second);
            var found = new ScenarioProblemList();
            found.Add(
                FieldCheck.Number(correlation.Spearman, $"{path}.spearman", StudyFields.Spearman.Values),
                names.Contains(first) ? null : StudyInputsReader.NotNamed($"{path}.between[0]", first, names),
                names.Contains(second) ? null : StudyInputsReader.NotNamed($"{path}.between[1]", second, names),
                first == second ? StudyInputsReader.SelfCorrelation($"{path}.between", first) : null,
                pairs.Add(string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first)) ? null : StudyInputsReader.PairTwice($"{path}.between", first, second));
            problems.Add([.. found.All]);
            if (found.Count == 0)
            {
                valid.Add(correlation);
            }
        }

        // As in the reader, the matrix is that of the valid correlations.
        problems.Add(StudyInputsReader.NotPositiveDefinite("correlations", names, valid));
    }
}
