using JcmSim.ScenarioFormat;

namespace JcmSim.Runs;

/// <summary>Loads several scenario files, reporting the problems of all of them at once.</summary>
public static class ScenarioSet
{
    /// <summary>Loads every file; throws one <see cref="ScenarioValidationException"/> with all errors of all files.</summary>
    public static IReadOnlyList<LoadedScenario> Load(IReadOnlyList<string> paths)
    {
        var loaded = new List<LoadedScenario>();
        var errors = new List<ScenarioError>();
        foreach (var path in paths)
        {
            try
            {
                var result = ScenarioLoader.LoadWithSources(path);
                loaded.Add(new LoadedScenario(path, result.Scenario, result.SourceFiles));
            }
            catch (ScenarioValidationException invalid)
            {
                errors.AddRange(invalid.Errors);
            }
        }

        var duplicates = loaded.GroupBy(s => s.Scenario.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var name in duplicates)
        {
            errors.Add(new ScenarioError(paths[0], 1, 1, "name", $"two scenarios in one run are both named '{name}'", "distinct names; set `name:` in one of the files"));
        }

        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }

        return loaded;
    }
}
