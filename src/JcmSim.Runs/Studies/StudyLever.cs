using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;

namespace JcmSim.Runs.Studies;

/// <summary>One input a study asks about by path (a goal-seek's lever, a map's axis): a lever or any input of the parameter walk, with its study range.</summary>
public static class StudyLever
{
    /// <summary>
    /// The input at <paramref name="path"/> with its range: the one <c>uncertainties:</c> gives it, else its own
    /// distribution when it is uncertain.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">The input's path, e.g. <c>privateCapital.multiplier</c>.</param>
    /// <param name="file">The scenario file, for messages.</param>
    /// <param name="option">The option that named it, e.g. <c>--lever</c>, for messages.</param>
    /// <param name="rangeOptions">The options that give a range instead, e.g. <c>--low and --high</c>, for messages.</param>
    /// <exception cref="BadInputException">No such input, or it has no range.</exception>
    public static StudiedInput Resolve(Scenario scenario, string path, string file, string option, string rangeOptions)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var parameter = ScenarioParameters.Studiable(scenario).FirstOrDefault(p => p.Path == path);
        if (parameter is null)
        {
            var levers = ScenarioLevers.All(scenario).Select(l => l.Path).Concat(scenario.Uncertainties.Select(u => u.Path)).Distinct(StringComparer.Ordinal);
            throw new BadInputException($"{option} {path}: not an input of {file} (allowed: {string.Join(", ", levers)}, or any path of the parameter walk, e.g. channels.moej.budgetMultiplier).");
        }

        var named = scenario.Uncertainties.FirstOrDefault(u => u.Path == path);
        if (named?.Range is { } range)
        {
            return new StudiedInput(parameter, range);
        }

        return parameter.IsUncertain
            ? new StudiedInput(parameter, parameter.Distribution)
            : throw new BadInputException($"{option} {path}: the scenario gives it no range ({parameter.Distribution.Describe()}) (allowed: name it with a range in uncertainties:, or give {rangeOptions}).");
    }
}
