using JcmSim.Model.Scenarios;
using JcmSim.Model.Scenarios.Parameters;
using JcmSim.Runs.Studies;
using JcmSim.ScenarioFormat;

namespace JcmSim.Explorer;

/// <summary>
/// One input the page offers as a slider: an entry of the scenario's <c>uncertainties:</c> block
/// (a key uncertainty or a lever), with the label of the parameter walk, the unit of the field
/// catalogue and the study range of the scenario. Nothing here is written by hand per input.
/// </summary>
/// <param name="Path">The input's dotted path, e.g. <c>channels.moej.budgetMultiplier</c>.</param>
/// <param name="Label">Its label in English and Japanese.</param>
/// <param name="Unit">Its unit as the field catalogue writes it (English, as messages quote it).</param>
/// <param name="UnitText">Its unit in English and Japanese, from the field catalogue.</param>
/// <param name="Min">The low end of the study range (the slider's left end).</param>
/// <param name="Max">The high end of the study range.</param>
/// <param name="Value">The slider's starting point: the scenario's value when fixed, 1 for a lever, else the mean of its distribution.</param>
/// <param name="Uncertain">True when the scenario draws the input from a distribution; until moved, it stays uncertain.</param>
/// <param name="AsWritten">The input as the scenario writes it, e.g. <c>triangular(1.5, 2, 2.5)</c>.</param>
/// <param name="Allowed">What the field accepts, as messages say after "allowed:".</param>
public sealed record ExplorerLever(string Path, LocalizedText Label, string Unit, LocalizedText UnitText, double Min, double Max, double Value, bool Uncertain, string AsWritten, string Allowed)
{
    /// <summary>The levers of <paramref name="scenario"/>: its studied inputs the explorer can state in a scenario file.</summary>
    public static IReadOnlyList<(ExplorerLever Lever, StudiedInput Input)> Of(Scenario scenario) =>
        ScenarioParameters.Studied(scenario)
            .Where(LeverOverride.CanState)
            .Select(input => (From(input), input))
            .ToList();

    private static ExplorerLever From(StudiedInput input)
    {
        var parameter = input.Parameter;
        var min = StudyInputs.ValueAt(input, 0);
        var max = StudyInputs.ValueAt(input, 1);
        // A lever's own distribution is the value it has as written: 1 for a multiplier, the scenario's number for a value lever.
        var value = parameter.Distribution.Mean;
        StudyInputFields.Accepts(input.Path, value, out var allowed);
        return new ExplorerLever(input.Path, parameter.Label, StudyInputFields.Unit(input.Path), StudyInputFields.UnitText(input.Path), min, max, Math.Clamp(value, min, max),
            !parameter.IsLever && parameter.IsUncertain, parameter.Distribution.Describe(), allowed);
    }
}
